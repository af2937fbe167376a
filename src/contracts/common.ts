import { z } from "zod";

/** Identifiers are UUIDs (version 7, time-ordered). */
export const idSchema = z.uuid({ error: "must be a valid identifier" });
export const idParamsSchema = z.object({ id: idSchema });

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ error: "must be a date in the form YYYY-MM-DD" });

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
    .max(max, { error: `must be at most ${max} characters` })
    .refine((value) => !hasControlCharacter(value), {
      error: "must not contain control characters",
    });
}

export function requiredText(max: number) {
  return text(max).pipe(z.string().min(1, { error: "is required" }));
}

/** Optional text that treats an empty string as "no value". */
export function optionalText(max: number) {
  return z.preprocess((value) => (value === "" ? null : value), text(max).nullable()).optional();
}

export const PAGE_SIZE_MAX = 100;

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1, { error: "must be 1 or more" }).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, { error: "must be 1 or more" })
    .max(PAGE_SIZE_MAX, { error: `must be at most ${PAGE_SIZE_MAX}` })
    .default(25),
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

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A boolean in a query string: "true"/"false"/"1"/"0". */
export const queryBooleanSchema = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1");
