import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ZodError } from "zod";
import type { ErrorBody } from "../../contracts/common.js";
import { AppError, fieldTextsFromZod, validationError, type FieldProblem } from "../app-error.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import { text } from "../messages/render.js";
import { languageOf } from "./language.js";

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

/** Seconds a client is asked to wait before retrying while the database is down or restarting. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The database is down, restarting or too slow to answer: nothing is wrong with the request, retry later. */
export function databaseUnavailable(): AppError {
  return new AppError("database_unavailable", text("error.databaseUnavailable"), undefined, {
    "retry-after": String(DATABASE_RETRY_AFTER_SECONDS),
  });
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
    // Request validation (http/validation.ts) answers AppErrors; a ZodError is a service's own parse of what it was given.
    if (error instanceof ZodError) return send(validationError(fieldTextsFromZod(error, null)));
    const constraint = constraintViolation(error);
    if (constraint) return send(constraint);
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, "database unavailable");
      return send(databaseUnavailable());
    }
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

/**
 * Longer than any path parameter a route's schema accepts, so that each route's schema judges its own
 * parameters (naming the field in the caller's language); only a longer one is stopped by the router.
 */
export const MAX_PARAM_LENGTH = 256;

/** What the router refuses before any route (an address it cannot decode, a parameter past MAX_PARAM_LENGTH), in the same shape and language. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const refusal =
    error.code === "FST_ERR_MAX_PARAM_LENGTH"
      ? new AppError("uri_too_long", text("error.addressTooLong"))
      : new AppError("validation_failed", text("error.malformed"));
  const { message } = refusal.localized(languageOf(request));
  void reply.status(refusal.status).send(body(refusal.code, message));
}
