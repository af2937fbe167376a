// Request validation by the contracts' zod schemas. A refused request becomes the one validation error,
// its problems kept as keys so that the error handler writes them in the caller's language.
import type { FastifySchemaCompiler } from "fastify";
import type { z } from "zod";
import { fieldTextsFromZod, validationError } from "../app-error.js";

/** Validates a route's body, query string, params or headers with its schema (fastify-type-provider-zod's, keyed). */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: validationError(fieldTextsFromZod(result.error, { value: data }, `(${httpPart ?? "input"})`)) };
  };
