import type { ZodError } from "zod";
import { AppError, fieldTextsFromZod, type FieldProblem, type FieldText } from "../server/app-error.js";
import { render, text } from "../server/messages/render.js";
import { terminalLanguage } from "./language.js";

type Problem = Pick<FieldProblem, "field" | "message">;

/** Bad arguments: the CLI exits with code 2 and names the offending option, in the terminal's language. */
export class UsageError extends Error {
  static fromProblems(problems: readonly Problem[], optionNames: Record<string, string> = {}): UsageError {
    const named = problems.map((problem) => `${optionNames[problem.field] ?? `--${problem.field}`} ${problem.message}`).join("; ");
    return new UsageError(render(terminalLanguage(), text("cli.invalidArguments", { problems: named })));
  }

  /** The arguments a contract refused; give what was parsed (`input`) so that a missing option reads as required. */
  static fromZod(error: ZodError, optionNames: Record<string, string> = {}, input?: { value: unknown }): UsageError {
    const language = terminalLanguage();
    const problems = fieldTextsFromZod(error, input ?? null).map((problem: FieldText) => ({
      field: problem.field,
      message: render(language, problem.message),
    }));
    return UsageError.fromProblems(problems, optionNames);
  }

  /** A service's validation error about an argument, restated in terms of the command's options. */
  static rethrowInvalid(error: unknown, optionNames: Record<string, string>): never {
    const details =
      error instanceof AppError && error.code === "validation_failed" ? error.localized(terminalLanguage()).details : undefined;
    if (details && details.length > 0) throw UsageError.fromProblems(details, optionNames);
    throw error;
  }
}
