import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import type { ErrorBody } from "../../contracts/common.js";

export type FieldProblem = { field: string; message: string };

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

/** The one error type: a stable machine code, its HTTP status, and a message safe to show. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  static notFound(what: string): AppError {
    return new AppError("not_found", `${what} not found`);
  }

  static forbidden(message = "You are not allowed to do this"): AppError {
    return new AppError("forbidden", message);
  }

  static invalid(field: string, message: string): AppError {
    return new AppError("validation_failed", `${field} ${message}`, [{ field, message }]);
  }
}

export function fieldProblemsFromZod(error: ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(input)",
    message: issue.message,
  }));
}

export function validationError(problems: FieldProblem[]): AppError {
  const summary = problems.map((problem) => `${problem.field} ${problem.message}`).join("; ");
  return new AppError("validation_failed", `Invalid input: ${summary}`, problems);
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
    return new AppError("conflict", "This record already exists; it may have just been created by someone else. Reload and try again.");
  }
  if (code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY") {
    return new AppError("in_use", "This change conflicts with records that refer to it or that it refers to; reload and try again.");
  }
  return null;
}

/** Maps every error to the single JSON shape, in one place. Never leaks SQL or stacks. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      return reply.status(error.status).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext;
      const problems = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, "").split("/").filter(Boolean).join(".");
        const field = path || (context === "body" ? "(body)" : `(${context ?? "input"})`);
        return { field, message: issue.message ?? "is invalid" };
      });
      const app = validationError(problems);
      return reply.status(400).send(body(app.code, app.message, app.details));
    }
    if (error instanceof ZodError) {
      const app = validationError(fieldProblemsFromZod(error));
      return reply.status(400).send(body(app.code, app.message, app.details));
    }
    const constraint = constraintViolation(error);
    if (constraint) return reply.status(constraint.status).send(body(constraint.code, constraint.message));
    const status = "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status === 429) {
      return reply.status(429).send(body("rate_limited", "Too many attempts. Wait a few minutes and try again."));
    }
    if (status === 413) return reply.status(413).send(body("payload_too_large", "The request body is too large"));
    if (status === 415) {
      return reply.status(415).send(body("unsupported_media_type", "Send the request body as application/json"));
    }
    if (status >= 400 && status < 500) {
      const message = error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY"
        ? "The request body is not valid JSON"
        : "The request is malformed";
      return reply.status(400).send(body("validation_failed", message));
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send(body("internal_error", "Something went wrong on the server. The error has been logged."));
  });

}
