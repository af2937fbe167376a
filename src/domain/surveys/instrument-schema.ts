// The shape of an instrument document from outside (the API, a file). The checks that span the
// document (every score's items exist, bands highest first, options where a type needs them, ids
// unique) come after this shape, in validateInstrument, each problem named by its path.
import { z } from "zod";
import { localizedText } from "../localized-text.js";
import { rule } from "../validation.js";
import { INSTRUMENT_ID_PATTERN, INSTRUMENT_KEY_PATTERN, INSTRUMENT_PURPOSES, ITEM_TYPES } from "./instrument.js";

export const MAX_SECTIONS = 40;
export const MAX_ITEMS_PER_SECTION = 80;
export const MAX_OPTIONS = 40;
export const MAX_SCORES = 60;
export const MAX_BANDS = 10;

export const instrumentIdSchema = z
  .string()
  .min(3)
  .max(64)
  .refine((value) => INSTRUMENT_ID_PATTERN.test(value), rule("instrumentId"));

export const instrumentKeySchema = z
  .string()
  .min(1)
  .max(64)
  .refine((value) => INSTRUMENT_KEY_PATTERN.test(value), rule("key"));

const optionSchema = z.strictObject({ key: instrumentKeySchema, label: localizedText(300) });

const itemSchema = z.strictObject({
  id: instrumentKeySchema,
  type: z.enum(ITEM_TYPES),
  text: localizedText(1000),
  perspectiveText: z.strictObject({ lead: localizedText(1000).optional(), partner: localizedText(1000).optional() }).optional(),
  help: localizedText(1000).optional(),
  required: z.boolean(),
  options: z.array(optionSchema).min(2).max(MAX_OPTIONS).optional(),
  reverse: z.boolean().optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
});

const sectionSchema = z.strictObject({
  key: instrumentKeySchema,
  title: localizedText(200),
  description: localizedText(2000).optional(),
  items: z.array(itemSchema).min(1).max(MAX_ITEMS_PER_SECTION),
});

const scoreSchema = z.strictObject({
  key: instrumentKeySchema,
  title: localizedText(200),
  items: z
    .array(instrumentKeySchema)
    .min(1)
    .max(MAX_SECTIONS * MAX_ITEMS_PER_SECTION),
});

const bandSchema = z.strictObject({ key: instrumentKeySchema, label: localizedText(80), min: z.number().finite() });

/** The document's shape, as the API's OpenAPI description states it. */
export const instrumentDocumentSchema = z.strictObject({
  id: instrumentIdSchema,
  version: z.number().int().min(1),
  title: localizedText(200),
  description: localizedText(4000).optional(),
  purpose: z.enum(INSTRUMENT_PURPOSES).optional(),
  sections: z.array(sectionSchema).min(1).max(MAX_SECTIONS),
  scores: z.array(scoreSchema).max(MAX_SCORES),
  bands: z.array(bandSchema).max(MAX_BANDS),
});
