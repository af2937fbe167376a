import type { Command } from "commander";
import { isoDateSchema } from "../../contracts/common.js";
import { render, text } from "../../server/messages/render.js";
import { sendDueSurveyMail } from "../../server/modules/surveys/due-mail.js";
import { terminalLanguage } from "../language.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";
import { commandLineMailer, drainOutbox } from "./reminders.js";

/** `convene survey send`: the invitations and reminders due, as the server's runner sends them. */
export function registerSurveySendCommand(survey: Command): void {
  survey
    .command("send")
    .description("send every survey invitation and reminder due now (or at the start of --as-of, UTC) that has not gone out yet")
    .option("--as-of <date>", "the day to send for, YYYY-MM-DD (default: now)")
    .addHelpText(
      "after",
      "\nEach invitation and reminder goes out once, however often this runs and whatever else runs beside it (servers included).\nExamples:\n  convene survey send\n  convene survey send --as-of 2027-03-01",
    )
    .action(async (options: { asOf?: string }) => {
      let at = new Date();
      if (options.asOf !== undefined) {
        const day = isoDateSchema.safeParse(options.asOf);
        if (!day.success) throw UsageError.fromZod(day.error, { "(input)": "--as-of" }, { value: options.asOf });
        at = new Date(`${day.data}T00:00:00.000Z`);
      }
      const language = terminalLanguage();
      await withRuntime(async ({ config, database }) => {
        const mailer = commandLineMailer(config);
        const sent = await sendDueSurveyMail(database.db, mailer, at);
        const count = sent.messageIds.length;
        console.log(
          render(
            language,
            text("cli.surveys.queued", { count, invitations: sent.invitations, reminders: sent.reminders, at: at.toISOString() }),
          ),
        );
        if (count === 0) return;
        if (!config.mail.publicUrl) console.log(render(language, text("cli.reminders.noPublicUrl", { base: mailer.link("") })));
        if (!config.mail.smtpUrl) {
          console.log(render(language, text("cli.reminders.held")));
          return;
        }
        await drainOutbox(config, database, config.mail.smtpUrl);
      });
    });
}
