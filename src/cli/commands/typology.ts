import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { classifyRequestSchema, rubricIdSchema } from "../../contracts/typology.js";
import { DEFAULT_RUBRIC_ID, isBuiltInRubricId, latestBuiltInRubrics } from "../../domain/typology/built-in-rubrics.js";
import type { Classification } from "../../domain/typology/classify.js";
import type { Rubric } from "../../domain/typology/rubric.js";
import { AppError, fieldTextsFromZod, type FieldProblem } from "../../server/app-error.js";
import { render, text } from "../../server/messages/render.js";
import { terminalLanguage } from "../language.js";
import { classifyAnswers, findRubric } from "../../server/modules/typology/service.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";

// The very schema the API validates `indicators` with, so both accept and refuse the same lines.
const answersSchema = classifyRequestSchema.shape.indicators;

function describeProblems(problems: readonly Pick<FieldProblem, "field" | "message">[]): string {
  return problems.map((problem) => (problem.field === "(input)" ? problem.message : `${problem.field} ${problem.message}`)).join("; ");
}

/** One line of input: its classification, or what is wrong with it. */
function classifyLine(line: string, rubric: Rubric): { result: Classification } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: render(terminalLanguage(), text("cli.notJson")) };
  }
  const parsed = answersSchema.safeParse(value);
  if (!parsed.success) {
    const language = terminalLanguage();
    const problems = fieldTextsFromZod(parsed.error, { value }).map(({ field, message }) => ({
      field,
      message: render(language, message),
    }));
    return { problem: describeProblems(problems) };
  }
  try {
    return { result: classifyAnswers(rubric, parsed.data, "") };
  } catch (error) {
    if (error instanceof AppError && error.details) return { problem: describeProblems(error.localized(terminalLanguage()).details ?? []) };
    throw error;
  }
}

/** Built-in rubrics are in the code; only another id needs the configured database. */
async function loadRubric(option: string): Promise<Rubric> {
  const id = rubricIdSchema.safeParse(option);
  if (!id.success) throw UsageError.fromZod(id.error, { "(input)": "--rubric" }, { value: option });
  const rubric = isBuiltInRubricId(id.data)
    ? await findRubric(null, id.data)
    : await withRuntime(({ database }) => findRubric(database.db, id.data));
  if (!rubric) {
    const builtIn = latestBuiltInRubrics()
      .map((known) => known.id)
      .join(", ");
    throw new UsageError(`invalid arguments: --rubric "${id.data}" does not match any rubric (built in: ${builtIn})`);
  }
  return rubric;
}

async function writeLine(text: string): Promise<void> {
  if (!process.stdout.write(`${text}\n`)) await once(process.stdout, "drain");
}

export function registerTypologyCommands(program: Command): void {
  const typology = program.command("typology").description("partnership types derived from indicators of involvement");
  typology
    .command("classify")
    .description(
      "read JSON lines of indicator answers on standard input and write one classification per line, in order; " +
        "blank lines are skipped, and each bad line is reported on standard error with its number (exit code 2 once every line is read)",
    )
    .option("--rubric <id>", "rubric to classify with", DEFAULT_RUBRIC_ID)
    .addHelpText(
      "after",
      '\nExample:\n  echo \'{"shared_decision_making": true, "responsible_implementation": true, "reporting_results": true}\' | convene typology classify',
    )
    .action(async (options: { rubric: string }) => {
      const rubric = await loadRubric(options.rubric);
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let lineNumber = 0;
      let failures = 0;
      for await (const raw of lines) {
        lineNumber += 1;
        const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
        if (line.trim() === "") continue;
        const outcome = classifyLine(line, rubric);
        if ("result" in outcome) await writeLine(JSON.stringify(outcome.result));
        else {
          failures += 1;
          process.stderr.write(
            `convene: ${render(terminalLanguage(), text("cli.problem", { place: text("cli.place.line", { line: lineNumber }), problem: outcome.problem }))}\n`,
          );
        }
      }
      if (failures > 0) {
        process.stderr.write(`convene: ${render(terminalLanguage(), text("cli.unclassified", { count: failures }))}\n`);
        process.exitCode = 2;
      }
    });
}
