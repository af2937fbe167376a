import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import type { ErrorBody } from "../../contracts/common.js";
import { render, text, type Language, type Text } from "../messages/render.js";
import { languageOf } from "./language.js";

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
  "program" | "membership" | "involvementRecord" | "user" | "token" | "rubric" | "partnership" | "organization" | "contact";

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

function body(code: string, message: string, details?: FieldProblem[]): ErrorBody {
  return { error: { code, message, ...(details && details.length > 0 ? { details } : {}) } };
}

/**
 * A constraint the database enforced although the service checked first: two requests raced.
 * SQLite and PostgreSQL name them differently; both mean the same thing to the caller.
 */
function constraintViolation(error: unknown): AppError | null {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
    return new AppError("conflict", text("error.conflictRace"));
  }
  if (code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY") {
    return new AppError("in_use", text("error.inUseRace"));
  }
  return null;
}

/** Maps every error to the single JSON shape, in one place, in the caller's language. Never leaks SQL or stacks. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
    const language = languageOf(request);
    const send = (appError: AppError) => {
      const { message, details } = appError.localized(language);
      if (appError.headers) void reply.headers(appError.headers);
      return reply.status(appError.status).send(body(appError.code, message, details));
    };
    if (error instanceof AppError) return send(error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext;
      const problems = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, "").split("/").filter(Boolean).join(".");
        const field = path || (context === "body" ? "(body)" : `(${context ?? "input"})`);
        return { field, message: issue.message ?? text("error.isInvalid") };
      });
      return send(validationError(problems));
    }
    if (error instanceof ZodError) return send(validationError(fieldProblemsFromZod(error)));
    const constraint = constraintViolation(error);
    if (constraint) return send(constraint);
    const status = "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status === 429) return send(new AppError("rate_limited", text("error.rateLimited")));
    if (status === 413) return send(new AppError("payload_too_large", text("error.bodyTooLarge")));
    if (status === 415) return send(new AppError("unsupported_media_type", text("error.notJsonBody")));
    if (status >= 400 && status < 500) {
      const invalidJson = error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY";
      return send(new AppError("validation_failed", text(invalidJson ? "error.invalidJson" : "error.malformed")));
    }
    request.log.error({ err: error }, "unhandled error");
    return send(new AppError("internal_error", text("error.internal")));
  });
}
