// Survey instruments from the command line: list them, export a version's document as JSON, import a
// document checked by the same rules as the API, every problem named by its path in the terminal's language.
import { readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { instrumentIdSchema } from "../../contracts/instruments.js";
import type { Problem } from "../../domain/surveys/validate.js";
import { validateInstrument } from "../../domain/surveys/validate.js";
import { OPERATOR } from "../../server/actor.js";
import { AppError } from "../../server/app-error.js";
import { render, text, type Language } from "../../server/messages/render.js";
import { createInstrument, findInstrument, listInstruments } from "../../server/modules/instruments/service.js";
import { terminalLanguage } from "../language.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";

const PAGE_SIZE = 100;

function problemLine(language: Language, problem: Problem): string {
  const path = problem.path.map(String).join(".") || "(document)";
  return render(language, text("instrument.cli.problem", { path, problem: text(`validation.${problem.key}`, problem.values) }));
}

function positiveVersion(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,8}$/.test(value)) throw new UsageError(`invalid arguments: --version must be a whole number of 1 or more: ${value}`);
  return Number(value);
}

async function listCommand(): Promise<void> {
  const language = terminalLanguage();
  await withRuntime(async ({ database }) => {
    let page = 1;
    let shown = 0;
    for (;;) {
      const result = await listInstruments(database.db, OPERATOR, { page, pageSize: PAGE_SIZE });
      for (const one of result.data) {
        const builtIn = one.builtIn ? ` (${render(language, text("instrument.cli.builtIn"))})` : "";
        console.log(`${one.id}\tv${one.version}\t${one.versions.join(",")}\t${one.title[language]}${builtIn}`);
      }
      shown += result.data.length;
      if (page >= result.pagination.totalPages) break;
      page += 1;
    }
    if (shown === 0) console.log(render(language, text("instrument.cli.none")));
  });
}

async function exportCommand(rawId: string, options: { version?: string; output?: string }): Promise<void> {
  const id = instrumentIdSchema.safeParse(rawId);
  if (!id.success) throw UsageError.fromZod(id.error, { "(input)": "ID" }, { value: rawId });
  const version = positiveVersion(options.version);
  const language = terminalLanguage();
  const instrument = await withRuntime(({ database }) => findInstrument(database.db, id.data, version));
  if (!instrument) {
    const message =
      version === undefined
        ? text("instrument.cli.notFound", { id: id.data })
        : text("instrument.cli.versionNotFound", { id: id.data, version });
    process.stderr.write(`convene: ${render(language, message)}\n`);
    process.exitCode = 1;
    return;
  }
  const json = `${JSON.stringify(instrument, null, 2)}\n`;
  if (options.output === undefined) {
    process.stdout.write(json);
    return;
  }
  await writeFile(options.output, json);
  console.log(render(language, text("instrument.cli.wrote", { file: options.output })));
}

/** The file's document, or every problem with it on standard error (exit code 1). */
async function readDocument(file: string, language: Language): Promise<unknown> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`convene: ${render(language, text("instrument.cli.unreadable", { file, reason }))}\n`);
    return undefined;
  }
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`convene: ${render(language, text("instrument.cli.notJson", { file, reason }))}\n`);
    return undefined;
  }
}

async function importCommand(file: string): Promise<void> {
  const language = terminalLanguage();
  const document = await readDocument(file, language);
  if (document === undefined) {
    process.exitCode = 1;
    return;
  }
  const checked = validateInstrument(document);
  if (!checked.ok) {
    for (const problem of checked.problems) process.stderr.write(`${problemLine(language, problem)}\n`);
    process.stderr.write(`convene: ${render(language, text("instrument.cli.problems", { file, count: checked.problems.length }))}\n`);
    process.exitCode = 1;
    return;
  }
  try {
    const created = await withRuntime(({ database }) => createInstrument(database.db, OPERATOR, checked.instrument));
    console.log(render(language, text("instrument.cli.imported", { file, id: created.id, version: created.version })));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "conflict") throw error;
    process.stderr.write(`convene: ${error.localized(language).message}\n`);
    process.exitCode = 1;
  }
}

export function registerInstrumentCommands(program: Command): void {
  const instruments = program
    .command("instruments")
    .description("survey instruments: versioned JSON documents of sections, items, scores and bands");
  instruments
    .command("list")
    .description("every instrument, built-in first: id, latest version, every version, title in the terminal's language")
    .action(listCommand);
  instruments
    .command("export")
    .argument("<id>", "the instrument's id")
    .description("write an instrument's document as JSON (its latest version unless --version is given)")
    .option("--version <n>", "the version to export")
    .option("--output <file>", "write to this file instead of standard output")
    .action(exportCommand);
  instruments
    .command("import")
    .argument("<file>", "a JSON instrument document")
    .description(
      "add an instrument, or a version of one greater than its latest; every problem is named by its path and nothing is imported (exit code 1)",
    )
    .action(importCommand);
}
