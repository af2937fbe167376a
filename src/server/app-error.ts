import type { ZodError } from "zod";
import { validationProblems, type Input, type ValidationValues } from "../domain/validation.js";
import { render, text, type Language, type Text } from "./messages/render.js";

/** A field problem as clients read it: the message in their language, and its key and values in the server's catalogue. */
export type FieldProblem = { field: string; message: string; key: string; values?: ValidationValues };
/** A field problem as the server states it, to be written in the reader's language. */
export type FieldText = { field: string; message: Text };

export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  token_expired: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  link_invalid: 400,
  conflict: 409,
  name_taken: 409,
  in_use: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  database_unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** What a not-found error may name. */
export type Thing =
  | "program"
  | "membership"
  | "involvementRecord"
  | "user"
  | "token"
  | "rubric"
  | "partnership"
  | "organization"
  | "contact"
  | "mailMessage"
  | "charter"
  | "charterRevision"
  | "goal"
  | "objective"
  | "activity"
  | "commitment"
  | "meeting"
  | "calendarFeed"
  | "communication"
  | "instrument"
  | "surveyRound"
  | "respondent"
  | "surveyResponse"
  | "suggestion"
  | "actionStep";

/** The values of a message that are plain (names, numbers), which a client may put in words of its own. */
function plainValues(message: Text): ValidationValues | undefined {
  const entries = Object.entries(message.params ?? {}).filter(
    (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function renderProblem(language: Language, { field, message }: FieldText): FieldProblem {
  const values = plainValues(message);
  return { field, message: render(language, message), key: message.key, ...(values ? { values } : {}) };
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

  /** A save that names a version of the row older than the one stored: someone else changed it meanwhile. */
  static stale(): AppError {
    return new AppError("conflict", text("error.staleVersion"));
  }

  static invalid(field: string, problem: Text): AppError {
    return new AppError("validation_failed", text("error.fieldProblem", { field, problem }), [{ field, message: problem }]);
  }
}

/**
 * The problems of a failed parse, each under its field's path (`slots.2.key`; `fallback` for the whole
 * input). Give the input that was parsed when it is known, so that an empty value reads as required.
 */
export function fieldTextsFromZod(error: ZodError, input: Input | null, fallback = "(input)"): FieldText[] {
  return validationProblems(error, input).map((problem) => ({
    field: problem.path.map(String).join(".") || fallback,
    message: text(`validation.${problem.key}`, problem.values),
  }));
}

export function validationError(problems: FieldText[]): AppError {
  const summary = problems.map((problem) => text("error.fieldProblem", { field: problem.field, problem: problem.message }));
  return new AppError("validation_failed", text("error.invalidInput", { summary }), problems);
}
