import { ZodError } from "zod";
import { render, text, type Language, type Text } from "./messages/render.js";

export type FieldProblem = { field: string; message: string };
/** A field problem as the server states it: a message to render, or a text kept as it is (a contract's rule). */
export type FieldText = { field: string; message: string | Text };

export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  link_invalid: 400,
  conflict: 409,
  name_taken: 409,
  in_use: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** What a not-found error may name. */
export type Thing =
  "program" | "membership" | "involvementRecord" | "user" | "token" | "rubric" | "partnership" | "organization" | "contact" | "mailMessage";

function renderProblem(language: Language, problem: FieldText): FieldProblem {
  return { field: problem.field, message: typeof problem.message === "string" ? problem.message : render(language, problem.message) };
}

/**
 * The one error type: a stable machine code, its HTTP status, and a message safe to show, kept as a
 * key and values so that the error handler writes it in the caller's language. `message` and
 * `details` are the English text, for logs and the command line.
 */
export class AppError extends Error {
  readonly status: number;
  readonly details?: FieldProblem[];
  constructor(
    readonly code: ErrorCode,
    readonly text: Text,
    private readonly fieldTexts?: FieldText[],
    readonly headers?: Record<string, string>,
  ) {
    super(render("en", text));
    this.status = ERROR_STATUS[code];
    if (fieldTexts) this.details = fieldTexts.map((problem) => renderProblem("en", problem));
  }

  /** The message and field problems in a language. */
  localized(language: Language): { message: string; details?: FieldProblem[] } {
    const message = render(language, this.text);
    return this.fieldTexts ? { message, details: this.fieldTexts.map((problem) => renderProblem(language, problem)) } : { message };
  }

  static notFound(what: Thing): AppError {
    return new AppError("not_found", text("error.notFound", { what: text(`thing.${what}`) }));
  }

  static forbidden(reason: Text = text("error.forbidden")): AppError {
    return new AppError("forbidden", reason);
  }

  static invalid(field: string, problem: Text): AppError {
    return new AppError("validation_failed", text("error.fieldProblem", { field, problem }), [{ field, message: problem }]);
  }
}

export function fieldProblemsFromZod(error: ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(input)",
    message: issue.message,
  }));
}

export function validationError(problems: FieldText[]): AppError {
  const summary = problems.map((problem) => text("error.fieldProblem", { field: problem.field, problem: problem.message }));
  return new AppError("validation_failed", text("error.invalidInput", { summary }), problems);
}
