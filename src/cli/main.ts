import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { ConfigError } from "../server/env.js";
import { AppError } from "../server/app-error.js";
import { registerDbCommands } from "./commands/db.js";
import { registerDemoCommand } from "./commands/demo.js";
import { registerInstrumentCommands } from "./commands/instruments.js";
import { registerReminderCommands } from "./commands/reminders.js";
import { registerReportCommands } from "./commands/report.js";
import { registerSurveyCommands } from "./commands/survey.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerSpreadsheetCommands } from "./commands/spreadsheets.js";
import { registerTokenCommands } from "./commands/token.js";
import { registerTypologyCommands } from "./commands/typology.js";
import { registerUserCommands } from "./commands/user.js";
import { terminalLanguage } from "./language.js";
import { UsageError } from "./usage-error.js";

// package.json sits two folders up from both src/cli and dist/cli.
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

const program = new Command()
  .name("convene")
  .description("Convene: partnerships for community safety and crime prevention")
  .version(version, "-V, --version", "print the version of Convene")
  // The program's own options come before a command, so that a command may take --version of its own (instruments export).
  .enablePositionalOptions()
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

registerServeCommand(program);
registerDbCommands(program);
registerDemoCommand(program);
registerUserCommands(program);
registerTokenCommands(program);
registerTypologyCommands(program);
registerSpreadsheetCommands(program);
registerReportCommands(program);
registerReminderCommands(program);
registerSurveyCommands(program);
registerInstrumentCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof AppError) {
    process.stderr.write(`convene: ${error.localized(terminalLanguage()).message}\n`);
    return error.code === "validation_failed" ? 2 : 1;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`convene: ${error.message}\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`convene: ${error.message}\n`);
    return 1;
  }
  process.stderr.write(`convene: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
