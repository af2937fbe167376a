import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { idSchema } from "../../contracts/common.js";
import { OPERATOR } from "../../server/actor.js";
import { resultsFile } from "../../server/modules/survey-results/files.js";
import { loadRoundResults } from "../../server/modules/survey-results/service.js";
import { render, text } from "../../server/messages/render.js";
import { terminalLanguage } from "../language.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";
import { registerSurveySendCommand } from "./survey-send.js";

const FORMATS = ["json", "csv", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

function formatOf(value: string): Format {
  const format = FORMATS.find((candidate) => candidate === value);
  if (!format) throw new UsageError(`invalid arguments: --format must be one of ${FORMATS.join(", ")}: ${value}`);
  return format;
}

/** `convene survey results ROUND_ID`: a round's results as the API gives them, withheld below its threshold. */
export function registerSurveyCommands(program: Command): void {
  const survey = program.command("survey").description("survey rounds (the operator sees every partnership's)");
  registerSurveySendCommand(survey);
  survey
    .command("results")
    .description("a round's scores, perspectives, change since the round before and experience items; withheld below its threshold")
    .argument("<round-id>", "the round's id")
    .option("--format <format>", FORMATS.join(" | "), "json")
    .option("--output <file>", "write to this file instead of standard output")
    .addHelpText("after", "\nExample:\n  convene survey results 0190b6a0-0000-7000-8000-000000000000 --format csv --output results.csv")
    .action(async (roundId: string, options: { format: string; output?: string }) => {
      const format = formatOf(options.format);
      if (!idSchema.safeParse(roundId).success) throw new UsageError(`invalid arguments: not a round id: ${roundId}`);
      if (format === "xlsx" && options.output === undefined && process.stdout.isTTY) {
        throw new UsageError(
          "invalid arguments: --format xlsx writes a binary workbook; give --output FILE or redirect standard output to a file",
        );
      }
      await withRuntime(async ({ database }) => {
        const { results, instrument } = await loadRoundResults(database.readDb, OPERATOR, roundId);
        const body =
          format === "json"
            ? `${JSON.stringify(results, null, 2)}\n`
            : (await resultsFile(results, instrument, format, terminalLanguage())).body;
        if (options.output === undefined) {
          await new Promise<void>((resolve, reject) => process.stdout.write(body, (error) => (error ? reject(error) : resolve())));
          return;
        }
        await writeFile(options.output, body);
        console.log(render(terminalLanguage(), text("cli.wrote", { path: options.output })));
      });
    });
}
