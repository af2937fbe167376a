import type { ZodError } from "zod";
import { fieldProblemsFromZod } from "../server/http/errors.js";

/** Bad arguments: the CLI exits with code 2 and names the offending option. */
export class UsageError extends Error {
  static fromZod(error: ZodError, optionNames: Record<string, string> = {}): UsageError {
    const text = fieldProblemsFromZod(error)
      .map((problem) => `${optionNames[problem.field] ?? `--${problem.field}`} ${problem.message}`)
      .join("; ");
    return new UsageError(`invalid arguments: ${text}`);
  }
}
