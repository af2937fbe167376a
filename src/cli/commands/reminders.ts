import type { Command } from "commander";
import { isoDateSchema } from "../../contracts/common.js";
import { DEFAULT_RETRY } from "../../domain/jobs/retry.js";
import type { Config } from "../../server/env.js";
import { render, text } from "../../server/messages/render.js";
import { workerIdentity } from "../../server/modules/jobs/runner.js";
import type { Mailer } from "../../server/modules/mail/outbox.js";
import { sendDueMessages, smtpTransport } from "../../server/modules/mail/worker.js";
import { sendDueReminders } from "../../server/modules/reminders/service.js";
import type { Database } from "../../server/db/database.js";
import { terminalLanguage } from "../language.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";

/** Links in messages sent from the command line point where the server's would. */
export function commandLineMailer(config: Config): Mailer {
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  const base = config.mail.publicUrl ?? `http://${host.includes(":") ? `[${host}]` : host}:${config.port}`;
  return { delivers: config.mail.smtpUrl !== null, link: (path) => `${base}${path}`, wake: () => undefined };
}

/** Hands the outbox's due messages to the mail server, with the worker's claims, until none is left to take. */
export async function drainOutbox(config: Config, database: Database, smtpUrl: string): Promise<void> {
  const transport = smtpTransport(smtpUrl);
  const settings = { retry: DEFAULT_RETRY, batchSize: 10, leaseMs: 10 * 60_000, workerId: workerIdentity() };
  try {
    while (await sendDueMessages(database.db, database.dialect, transport, config.mail.from, settings));
  } finally {
    transport.close();
  }
}

export function registerReminderCommands(program: Command): void {
  const reminders = program
    .command("reminders")
    .description("the weekly digests and meeting notices mailed to the members' representatives");
  reminders
    .command("send")
    .description("send every reminder due now (or at the start of --as-of, UTC) that has not gone out yet")
    .option("--as-of <date>", "the day to send for, YYYY-MM-DD (default: now)")
    .addHelpText(
      "after",
      "\nEach reminder goes out once, however often this runs and whatever else runs beside it (servers included).\nExamples:\n  convene reminders send\n  convene reminders send --as-of 2026-12-07",
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
        const sent = await sendDueReminders(database.db, commandLineMailer(config), at);
        const count = sent.messageIds.length;
        console.log(
          render(language, text("cli.reminders.queued", { count, digests: sent.digests, notices: sent.notices, at: at.toISOString() })),
        );
        if (count === 0) return;
        if (!config.mail.publicUrl)
          console.log(render(language, text("cli.reminders.noPublicUrl", { base: commandLineMailer(config).link("") })));
        if (!config.mail.smtpUrl) {
          console.log(render(language, text("cli.reminders.held")));
          return;
        }
        await drainOutbox(config, database, config.mail.smtpUrl);
        let delivered = 0;
        // In chunks, within SQLite's limit on bound values.
        for (let start = 0; start < count; start += 500) {
          const ids = sent.messageIds.slice(start, start + 500);
          const rows = await database.db
            .selectFrom("mail_messages")
            .select("id")
            .where("id", "in", ids)
            .where("status", "=", "sent")
            .execute();
          delivered += rows.length;
        }
        console.log(render(language, text("cli.reminders.sent", { count: delivered })));
        if (delivered < count) console.log(render(language, text("cli.reminders.retrying", { count: count - delivered })));
      });
    });
}
