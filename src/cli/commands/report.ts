import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { z } from "zod";
import { ACCOUNTABILITY_DIMENSIONS, accountabilityReportQuerySchema } from "../../contracts/accountability.js";
import { involvementReportQuerySchema, REPORT_DIMENSIONS, typologyReportQuerySchema, type ReportFormat } from "../../contracts/reports.js";
import { involvementFile, typologyFile, type ReportFile } from "../../server/modules/reports/files.js";
import { OPERATOR } from "../../server/actor.js";
import type { Database } from "../../server/db/database.js";
import { involvementReport, programsNamed, typologyReport } from "../../server/modules/reports/service.js";
import { accountabilityFile } from "../../server/modules/accountability/files.js";
import { accountabilityReport, partnershipsNamed } from "../../server/modules/accountability/service.js";
import { render, text } from "../../server/messages/render.js";
import { terminalLanguage } from "../language.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";

type ReportOptions = { round?: string; format?: string; output?: string; program?: string; region?: string };

/** The arguments, parsed by the contract the API uses, so both accept and refuse the same values. */
function parsed<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.infer<S> {
  const result = schema.safeParse(values);
  if (!result.success) throw UsageError.fromZod(result.error, {}, { value: values });
  return result.data;
}

// A workbook is binary: written to a terminal it would garble the screen and be lost.
function assertWritable(format: ReportFormat, output: string | undefined): void {
  if (format === "xlsx" && output === undefined && process.stdout.isTTY) {
    throw new UsageError(
      "invalid arguments: --format xlsx writes a binary workbook; give --output FILE or redirect standard output to a file",
    );
  }
}

async function emit(content: string | ReportFile, output: string | undefined): Promise<void> {
  const body = typeof content === "string" ? content : content.body;
  if (output === undefined) {
    await new Promise<void>((resolve, reject) => process.stdout.write(body, (error) => (error ? reject(error) : resolve())));
    return;
  }
  await writeFile(output, body);
  console.log(render(terminalLanguage(), text("cli.wrote", { path: output })));
}

/** The program given by code or name, as its id; anything else is a usage error naming --program. */
async function programIdOf(database: Database, name: string | undefined): Promise<string | undefined> {
  if (name === undefined) return undefined;
  const matches = await programsNamed(database.db, name);
  const [match] = matches;
  if (!match) throw new UsageError(`invalid arguments: --program matches no program's code or name: ${name}`);
  if (matches.length > 1) {
    throw new UsageError(
      `invalid arguments: --program names ${matches.length} programs; give one of their codes: ${matches.map((program) => program.code).join(", ")}`,
    );
  }
  return match.id;
}

/** The partnership given by name (case and accents ignored), as its id; none or several is a usage error naming --partnership. */
async function partnershipIdOf(database: Database, name: string | undefined, programId: string | undefined): Promise<string | undefined> {
  if (name === undefined) return undefined;
  const matches = await partnershipsNamed(database.db, name, programId);
  const [match] = matches;
  if (!match) throw new UsageError(`invalid arguments: --partnership matches no partnership's name: ${name}`);
  if (matches.length > 1) {
    throw new UsageError(
      `invalid arguments: --partnership names ${matches.length} partnerships; narrow it with --program, or rename one of them`,
    );
  }
  return match.id;
}

function json(report: unknown): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function registerReportCommands(program: Command): void {
  const report = program
    .command("report")
    .description("the study's tables over every partnership in the database (the operator sees everything)");
  report
    .command("typology")
    .description("partnership types per group, from one perspective, with each type's share of the group (the study's Tables 3 and 4)")
    .option("--by <dimension>", REPORT_DIMENSIONS.join(" | "))
    .option("--perspective <perspective>", "lead | partner")
    .option("--round <round>", "measurement round", "baseline")
    .option("--program <code-or-name>", "only the partnerships of this program")
    .option("--region <region>", "only the partnerships of this region, as written on them")
    .option("--format <format>", "json | csv | xlsx", "json")
    .option("--output <file>", "write to this file instead of standard output")
    .addHelpText(
      "after",
      "\nExamples:\n  convene report typology --by program --perspective lead --round final --format csv --output typology.csv\n" +
        "  convene report typology --by partnership --perspective lead --program CMP --region Ontario",
    )
    .action(async (options: ReportOptions & { by?: string; perspective?: string }) => {
      const { format, ...query } = parsed(typologyReportQuerySchema, {
        by: options.by,
        perspective: options.perspective,
        round: options.round,
        region: options.region,
        format: options.format,
      });
      assertWritable(format, options.output);
      await withRuntime(async ({ database }) => {
        const result = await typologyReport(database.readDb, OPERATOR, { ...query, program: await programIdOf(database, options.program) });
        await emit(format === "json" ? json(result) : await typologyFile(result, query.by, format, terminalLanguage()), options.output);
      });
    });
  report
    .command("involvement")
    .description("share of yes per indicator from the lead's and the partner's perspectives, and the gap (the study's Table 1)")
    .option("--round <round>", "measurement round", "baseline")
    .option("--program <code-or-name>", "only the partnerships of this program")
    .option("--region <region>", "only the partnerships of this region, as written on them")
    .option("--format <format>", "json | csv | xlsx", "json")
    .option("--output <file>", "write to this file instead of standard output")
    .action(async (options: ReportOptions) => {
      const { format, ...query } = parsed(involvementReportQuerySchema, {
        round: options.round,
        region: options.region,
        format: options.format,
      });
      assertWritable(format, options.output);
      await withRuntime(async ({ database }) => {
        const result = await involvementReport(database.readDb, OPERATOR, {
          ...query,
          program: await programIdOf(database, options.program),
        });
        await emit(format === "json" ? json(result) : await involvementFile(result, format, terminalLanguage()), options.output);
      });
    });
  report
    .command("accountability")
    .description(
      "commitments pledged, delivered on time or late, open, overdue and due soon, per member, partnership or program, as of a day",
    )
    .option("--by <dimension>", ACCOUNTABILITY_DIMENSIONS.join(" | "))
    .option("--program <code-or-name>", "only the partnerships of this program")
    .option("--partnership <name>", "only this partnership")
    .option("--as-of <date>", "the day the figures are read on, YYYY-MM-DD (default: today)")
    .option("--format <format>", "json | csv | xlsx", "json")
    .option("--output <file>", "write to this file instead of standard output")
    .addHelpText(
      "after",
      "\nExamples:\n  convene report accountability --by member --program CMP --as-of 2026-06-30\n" +
        "  convene report accountability --by partnership --format xlsx --output accountability.xlsx\n" +
        '  convene report accountability --by member --partnership "Riverton Youth Safety Partnership" --format csv',
    )
    .action(async (options: ReportOptions & { by?: string; partnership?: string; asOf?: string }) => {
      const { format, ...query } = parsed(accountabilityReportQuerySchema, { by: options.by, asOf: options.asOf, format: options.format });
      assertWritable(format, options.output);
      await withRuntime(async ({ database }) => {
        const program = await programIdOf(database, options.program);
        const partnership = await partnershipIdOf(database, options.partnership, program);
        const result = await accountabilityReport(database.readDb, OPERATOR, { ...query, program, partnership });
        await emit(format === "json" ? json(result) : await accountabilityFile(result, format, terminalLanguage()), options.output);
      });
    });
}
