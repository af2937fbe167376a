import { z } from "zod";
import { rule } from "../domain/validation.js";

/** Identifiers are UUIDs (version 7, time-ordered). */
export const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: idSchema });

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

/** True when the text holds a control character other than tab, line feed or carriage return. */
export function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** Free text: trimmed, no control characters other than line breaks and tabs. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((value) => !hasControlCharacter(value), rule("controlCharacters"));
}

export function requiredText(max: number) {
  return text(max).pipe(z.string().min(1));
}

/** Optional text that treats an empty string as "no value". */
export function optionalText(max: number) {
  return z.preprocess((value) => (value === "" ? null : value), text(max).nullable()).optional();
}

export const PAGE_SIZE_MAX = 100;

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(25),
});
export type PaginationQuery = z.infer<typeof paginationQuerySchema>;

export const sortOrderSchema = z.enum(["asc", "desc"]).default("asc");

export const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), pagination: paginationSchema });
}

/**
 * A field's problem: the field's path, the message in the request's language, and the message's key
 * and values, by which a client may write it in words of its own.
 */
export const fieldProblemSchema = z.object({
  field: z.string(),
  message: z.string(),
  key: z.string().optional(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldProblemBody = z.infer<typeof fieldProblemSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(fieldProblemSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A boolean in a query string: "true"/"false"/"1"/"0". */
export const queryBooleanSchema = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");
