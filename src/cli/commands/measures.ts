// `convene import measures FILE`: values of the action plans' measures, acting with full rights.
import type { Command } from "commander";
import { OPERATOR } from "../../server/actor.js";
import { importMeasureValues, renderMeasureReport } from "../../server/modules/imports/measures/service.js";
import { render, text } from "../../server/messages/render.js";
import { describeProblem } from "../import-report.js";
import { terminalLanguage } from "../language.js";
import { withRuntime } from "../with-runtime.js";
import { readImportFile } from "./spreadsheets.js";

export function registerMeasureImport(imports: Command): void {
  imports
    .command("measures")
    .description(
      "import values of the plans' measures: columns program, partnership, goal, objective, observed_on (YYYY-MM-DD), value, and optionally note. " +
        "The same objective and date is the same value: importing again changes nothing, a different value replaces it",
    )
    .argument("<file>", "a CSV file (comma or semicolon, UTF-8) or an XLSX workbook (first sheet)")
    .option("--dry-run", "check and report without writing anything")
    .option("--json", "print the report as JSON")
    .addHelpText(
      "after",
      "\nExit status: 0 imported (or nothing to change), 2 problems found (listed on standard error; nothing written), 1 other failure.",
    )
    .action(async (path: string, options: { dryRun?: boolean; json?: boolean }) => {
      const file = await readImportFile(path);
      const outcome = await withRuntime(({ database }) =>
        importMeasureValues(database.importDb, OPERATOR, file, { dryRun: options.dryRun === true }),
      );
      const language = terminalLanguage();
      const report = renderMeasureReport(outcome, language);
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        const say = (key: Parameters<typeof text>[0], params?: Parameters<typeof text>[1]) => render(language, text(key, params));
        const headline =
          report.errorCount > 0
            ? say("cli.refused", { source: path, count: report.errorCount })
            : report.dryRun
              ? say("cli.dryRunClean", { source: path })
              : say(report.written ? "cli.imported" : "cli.unchanged", { source: path });
        console.log(headline);
        if (report.errorCount === 0) {
          const counts = report.counts.measureValues;
          console.log(
            `${say("cli.count.measureValues")}: ${counts.created} ${say("cli.created")}, ${counts.updated} ${say("cli.updated")}, ${counts.unchanged} ${say("cli.unchangedColumn")}`,
          );
        }
        for (const problem of report.errors) process.stderr.write(`${describeProblem({ entity: null, ...problem }, language)}\n`);
      }
      if (report.errorCount > 0) process.exitCode = 2;
    });
}
