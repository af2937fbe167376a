import type { ZodError } from "zod";
import { AppError, fieldProblemsFromZod, type FieldProblem } from "../server/app-error.js";
import { terminalLanguage } from "./language.js";

/** Bad arguments: the CLI exits with code 2 and names the offending option. */
export class UsageError extends Error {
  static fromProblems(problems: FieldProblem[], optionNames: Record<string, string> = {}): UsageError {
    const text = problems.map((problem) => `${optionNames[problem.field] ?? `--${problem.field}`} ${problem.message}`).join("; ");
    return new UsageError(`invalid arguments: ${text}`);
  }

  static fromZod(error: ZodError, optionNames: Record<string, string> = {}): UsageError {
    return UsageError.fromProblems(fieldProblemsFromZod(error), optionNames);
  }

  /** A service's validation error about an argument, restated in terms of the command's options. */
  static rethrowInvalid(error: unknown, optionNames: Record<string, string>): never {
    const details =
      error instanceof AppError && error.code === "validation_failed" ? error.localized(terminalLanguage()).details : undefined;
    if (details && details.length > 0) throw UsageError.fromProblems(details, optionNames);
    throw error;
  }
}
