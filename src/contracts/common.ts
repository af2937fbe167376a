import { z } from "zod";
import { hasBidiControl, hasControlCharacter, hasLoneSurrogate, looksLikeFormula } from "../domain/text-rules.js";
import { rule } from "../domain/validation.js";

/** Identifiers are UUIDs (version 7, time-ordered). */
export const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: idSchema });

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

type TextKind = "multiline" | "line" | "name";

/**
 * The rules every text obeys (see domain/text-rules.ts), strictest for names: no control characters
 * (free text keeps its line breaks and tabs), no bidirectional overrides or isolates (nor, in names,
 * the invisible direction marks), no lone surrogates, and no name that a spreadsheet reads as a formula.
 */
function textRules(kind: TextKind) {
  return z
    .string()
    .refine((value) => !hasLoneSurrogate(value), rule("notUnicode"))
    .refine((value) => !hasControlCharacter(value, { multiline: kind === "multiline" }), rule("controlCharacters"))
    .refine((value) => !hasBidiControl(value, { marks: kind === "name" }), rule("bidiCharacters"))
    .refine((value) => kind !== "name" || !looksLikeFormula(value), rule("formula"));
}

function trimmed(max: number, kind: TextKind) {
  // The length is checked first, so that a 5 MB value is refused before any rule reads it.
  return z.string().trim().max(max).pipe(textRules(kind));
}

/** Free text, on several lines if need be (notes, descriptions): trimmed, line breaks and tabs allowed. */
export function text(max: number) {
  return trimmed(max, "multiline");
}

/** Text on one line (a job title, a region, a web address): no line break or tab either. */
export function lineText(max: number) {
  return trimmed(max, "line");
}

/** A name (of an organization, a partnership, a program, a person, a token): one line, as a reader sees it, never a formula. */
export function nameText(max: number) {
  return trimmed(max, "name");
}

export function requiredText(max: number) {
  return text(max).pipe(z.string().min(1));
}

/** A name that must be given. */
export function requiredName(max: number) {
  return nameText(max).pipe(z.string().min(1));
}

/** Treats an empty string as "no value". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? null : value), schema.nullable()).optional();
}

/** Optional text that treats an empty string as "no value". */
export function optionalText(max: number) {
  return optional(text(max));
}

/** Optional text on one line, an empty string meaning "no value". */
export function optionalLine(max: number) {
  return optional(lineText(max));
}

/** An optional name, an empty string meaning "no value". */
export function optionalName(max: number) {
  return optional(nameText(max));
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
