// `convene import involvement|registry` and `convene export registry`: the services behind
// POST /api/v1/imports/… and GET /api/v1/exports/registry, acting with full rights.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import {
  EXPORT_FORMATS,
  IMPORT_FILE_LIMIT_MB,
  REGISTRY_ENTITIES,
  registryEntitySchema,
  registryExportQuerySchema,
  type RegistryEntity,
} from "../../contracts/imports.js";
import { OPERATOR } from "../../server/actor.js";
import { csvOf, readRegistryTables, workbookOf } from "../../server/modules/exports/service.js";
import { importCommitments } from "../../server/modules/imports/commitments/service.js";
import { importCommunications } from "../../server/modules/imports/communications/service.js";
import { importInvolvement } from "../../server/modules/imports/involvement/service.js";
import { importRegistry } from "../../server/modules/imports/registry/service.js";
import { renderReport, type ImportOutcome } from "../../server/modules/imports/report.js";
import type { ImportFile } from "../../server/modules/imports/upload-file.js";
import { AppError } from "../../server/app-error.js";
import { render, text } from "../../server/messages/render.js";
import { describeProblem, reportLines, unlistedLine } from "../import-report.js";
import { terminalLanguage } from "../language.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";
import { registerMeasureImport } from "./measures.js";

/** `create` is false with --no-create. */
type ImportOptions = { dryRun?: boolean; json?: boolean; entity?: string; create?: boolean };

const NO_CREATE_HELP = "only match names already registered: a program, partnership or organization that matches nothing is an error";

/** A file to import, read whole: the same size limit as an upload (the row limit is the import's own). */
export async function readImportFile(path: string): Promise<ImportFile> {
  const size = await stat(path).then(
    (found) => found.size,
    () => null,
  );
  if (size === null) throw new UsageError(`invalid arguments: cannot read the file ${path}`);
  if (size > IMPORT_FILE_LIMIT_MB * 1024 * 1024)
    throw new AppError("payload_too_large", text("upload.fileTooLarge", { size: IMPORT_FILE_LIMIT_MB }));
  try {
    return { name: path, data: await readFile(path) };
  } catch {
    throw new UsageError(`invalid arguments: cannot read the file ${path}`);
  }
}

function entityOption(value: string | undefined): RegistryEntity | undefined {
  if (value === undefined) return undefined;
  const parsed = registryEntitySchema.safeParse(value);
  if (!parsed.success) throw UsageError.fromZod(parsed.error, { "(input)": "--entity" }, { value });
  return parsed.data;
}

/** Prints the report (JSON with --json) in the terminal's language and sets exit code 2 when problems kept the file out. */
function finish(outcome: ImportOutcome, source: string, options: ImportOptions): void {
  const language = terminalLanguage();
  const report = renderReport(outcome, language);
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const line of reportLines(report, source, language)) console.log(line);
    for (const problem of report.errors) process.stderr.write(`${describeProblem(problem, language)}\n`);
    const unlistedErrors = unlistedLine(report.errors.length, report.errorCount, language);
    if (unlistedErrors) process.stderr.write(`${unlistedErrors}\n`);
    for (const warning of report.warnings)
      process.stderr.write(`${render(language, text("cli.warning", { problem: describeProblem(warning, language) }))}\n`);
    const unlistedWarnings = unlistedLine(report.warnings.length, report.warningCount, language);
    if (unlistedWarnings) process.stderr.write(`${unlistedWarnings}\n`);
  }
  if (report.errorCount > 0) process.exitCode = 2;
}

/** Where each entity's CSV file goes: into a folder, or after a prefix such as "exports/registry-". */
async function csvPath(output: string, entity: RegistryEntity): Promise<string> {
  const isFolder =
    /[\\/]$/.test(output) ||
    (await stat(output).then(
      (found) => found.isDirectory(),
      () => false,
    ));
  if (isFolder) return join(output, `${entity}.csv`);
  return `${output}${/[-_.]$/.test(output) ? "" : "-"}${entity}.csv`;
}

async function writeOutput(path: string, data: Buffer, rows: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
  console.log(render(terminalLanguage(), text("cli.wroteRows", { path, rows })));
}

export function registerSpreadsheetCommands(program: Command): void {
  const imports = program.command("import").description("read spreadsheets (CSV or XLSX) into the database: all rows or none");
  imports
    .command("involvement")
    .description(
      "import involvement records: columns program, partnership, organization, perspective (lead|partner), the 13 indicator keys, " +
        "and optionally round (default baseline), respondent, answered_on, sector. Missing programs, partnerships and organizations are created",
    )
    .argument("<file>", "a CSV file (comma or semicolon, UTF-8) or an XLSX workbook (first sheet)")
    .option("--dry-run", "check and report without writing anything")
    .option("--no-create", NO_CREATE_HELP)
    .option("--json", "print the report as JSON")
    .addHelpText(
      "after",
      "\nExit status: 0 imported (or nothing to change), 2 problems found (listed on standard error; nothing written), 1 other failure.",
    )
    .action(async (path: string, options: ImportOptions) => {
      const file = await readImportFile(path);
      const report = await withRuntime(({ database }) =>
        importInvolvement(database.importDb, OPERATOR, file, { dryRun: options.dryRun === true, noCreate: options.create === false }),
      );
      finish(report, path, options);
    });
  imports
    .command("commitments")
    .description(
      "import the commitment ledger: columns program, partnership, organization, description, axis (prevention|intervention|enforcement|reentry), " +
        "pledged_on, due_on, and optionally status (default pledged), delivered_on, current_due_on, status_on, reason, evidence. " +
        "The organization must already be a member of the partnership; a commitment is found again by partnership, organization and description",
    )
    .argument("<file>", "a CSV file (comma or semicolon, UTF-8) or an XLSX workbook (first sheet)")
    .option("--dry-run", "check and report without writing anything")
    .option("--json", "print the report as JSON")
    .addHelpText(
      "after",
      "\nExit status: 0 imported (or nothing to change), 2 problems found (listed on standard error; nothing written), 1 other failure.",
    )
    .action(async (path: string, options: ImportOptions) => {
      const file = await readImportFile(path);
      const report = await withRuntime(({ database }) =>
        importCommitments(database.importDb, OPERATOR, file, { dryRun: options.dryRun === true }),
      );
      finish(report, path, options);
    });
  imports
    .command("communications")
    .description(
      "import contacts between members into partnerships' communication logs: columns program, partnership, date (YYYY-MM-DD), " +
        'organizations (two or more member names separated by ";"), channel, subject. Every name must already be registered; ' +
        "a row equal to an entry already logged is left alone",
    )
    .argument("<file>", "a CSV file (comma or semicolon, UTF-8) or an XLSX workbook (first sheet)")
    .option("--dry-run", "check and report without writing anything")
    .option("--json", "print the report as JSON")
    .addHelpText(
      "after",
      "\nExit status: 0 imported (or nothing to change), 2 problems found (listed on standard error; nothing written), 1 other failure.",
    )
    .action(async (path: string, options: ImportOptions) => {
      const file = await readImportFile(path);
      const report = await withRuntime(({ database }) =>
        importCommunications(database.importDb, OPERATOR, file, { dryRun: options.dryRun === true }),
      );
      finish(report, path, options);
    });
  imports
    .command("registry")
    .description(
      "import organizations, contacts, partnerships and memberships: an XLSX workbook with sheets named after them, or CSV files (one per entity)",
    )
    .argument("<files...>", "an XLSX workbook, or up to four CSV files")
    .option("--entity <entity>", `what a single CSV file holds, when its header does not tell: ${REGISTRY_ENTITIES.join(", ")}`)
    .option("--dry-run", "check and report without writing anything")
    .option("--no-create", NO_CREATE_HELP)
    .option("--json", "print the report as JSON")
    .action(async (paths: string[], options: ImportOptions) => {
      const entity = entityOption(options.entity);
      const files = await Promise.all(paths.map(readImportFile));
      const report = await withRuntime(({ database }) =>
        importRegistry(database.importDb, OPERATOR, files, { dryRun: options.dryRun === true, noCreate: options.create === false, entity }),
      );
      finish(report, paths.join(", "), options);
    });
  registerMeasureImport(imports);

  program
    .command("export")
    .description("write the database to spreadsheets")
    .command("registry")
    .description("organizations, contacts, partnerships and memberships, in the columns `convene import registry` reads")
    .requiredOption("--format <format>", EXPORT_FORMATS.join(" | "))
    .requiredOption("--output <path>", "xlsx: the workbook to write; csv: a folder, or a file name prefix (one file per entity)")
    .option("--entity <entity>", `only this one: ${REGISTRY_ENTITIES.join(", ")}`)
    .addHelpText(
      "after",
      "\nExamples:\n  convene export registry --format xlsx --output registry.xlsx\n  convene export registry --format csv --output exports/",
    )
    .action(async (options: { format: string; output: string; entity?: string }) => {
      const format = registryExportQuerySchema.shape.format.safeParse(options.format);
      if (!format.success) throw UsageError.fromZod(format.error, { "(input)": "--format" }, { value: options.format });
      const entity = entityOption(options.entity);
      const tables = await withRuntime(({ database }) => readRegistryTables(database, OPERATOR, entity ? [entity] : REGISTRY_ENTITIES));
      const rowCount = (rows: number) => render(terminalLanguage(), text("cli.rowCount", { count: rows }));
      if (format.data === "xlsx") {
        const summary = tables.map((table) => `${table.entity}: ${rowCount(table.rows.length)}`).join(", ");
        await writeOutput(options.output, await workbookOf(tables), summary);
        return;
      }
      for (const table of tables) await writeOutput(await csvPath(options.output, table.entity), csvOf(table), rowCount(table.rows.length));
    });
}
