// Survey instruments: the open document (domain/surveys/instrument-schema.ts), the list, one version,
// a copy under a new id. Only administrators add instruments or versions (`manageInstruments`).
import { z } from "zod";
import { instrumentDocumentSchema, instrumentIdSchema } from "../domain/surveys/instrument-schema.js";
import { instrumentInputSchema } from "../domain/surveys/validate.js";
import type { Instrument } from "../domain/surveys/instrument.js";
import { pageOf, paginationQuerySchema } from "./common.js";

/** instrumentDocumentSchema checks the shape; instrumentInputSchema adds the rules that span the document (a request body). */
export { instrumentDocumentSchema, instrumentIdSchema, instrumentInputSchema };
export type InstrumentDocument = Instrument;

const localized = z.object({ en: z.string(), fr: z.string() });

export const instrumentParamsSchema = z.object({ id: instrumentIdSchema });
/** `version`: one version rather than the latest. */
export const instrumentQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() });

export const instrumentListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
});
export type InstrumentListQuery = z.infer<typeof instrumentListQuerySchema>;

/** One instrument in the list: its latest version's id, title and size, and every version there is. */
export const instrumentSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  versions: z.array(z.number().int()),
  title: localized,
  purpose: z.string().nullable(),
  /** Shipped with Convene; a new version of it may still be added. */
  builtIn: z.boolean(),
  sectionCount: z.number().int(),
  itemCount: z.number().int(),
  scoreCount: z.number().int(),
  /** How many survey rounds use any version of it, in the caller's reach. */
  roundCount: z.number().int(),
  createdAt: z.string().nullable(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;
export const instrumentPageSchema = pageOf(instrumentSummarySchema);

/** The answer to a new instrument or version: where it is. */
export const instrumentCreatedSchema = z.object({ id: z.string(), version: z.number().int() });

/** A copy of an instrument's latest version (or `version`) under a new id, as its version 1. */
export const instrumentCopySchema = z.strictObject({
  id: instrumentIdSchema,
  version: z.number().int().min(1).optional(),
});
export type InstrumentCopy = z.infer<typeof instrumentCopySchema>;
