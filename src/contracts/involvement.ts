import { z } from "zod";
import { updatedBySchema } from "./audit.js";
import { PROJECT_INDICATOR_KEYS } from "../domain/typology/indicators.js";
import { recordAbilitiesSchema } from "./abilities.js";
import { idSchema, isoDateSchema, optionalText, pageOf, paginationQuerySchema } from "./common.js";
import { membershipParamsSchema } from "./memberships.js";
import { classificationSchema, indicatorAnswersSchema, rubricIdSchema, rubricRefSchema } from "./typology.js";
import { rule } from "../domain/validation.js";

/** Whose view a record gives: the project lead's, or the partner's own. */
export const PERSPECTIVES = ["lead", "partner"] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const DEFAULT_ROUND = "baseline";

/** A measurement round such as baseline, midterm or final; compared without case. */
export const roundSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => /^[a-z0-9][a-z0-9_-]{0,39}$/.test(value), rule("round"));

export const perspectiveSchema = z.enum(PERSPECTIVES);

export const involvementParamsSchema = membershipParamsSchema.extend({ perspective: perspectiveSchema, round: roundSchema });

export const involvementUpsertSchema = z.strictObject({
  // Who answered, in words: may take more than one line ("Sam Côté\n(director)").
  respondent: optionalText(200),
  answeredOn: z.preprocess((value) => (value === "" ? null : value), isoDateSchema.nullable()).optional(),
  indicators: indicatorAnswersSchema(PROJECT_INDICATOR_KEYS, "notInvolvementIndicator"),
});
export type InvolvementUpsert = z.infer<typeof involvementUpsertSchema>;

export const involvementRecordSchema = z.object({
  id: idSchema,
  membershipId: idSchema,
  perspective: z.enum(PERSPECTIVES),
  round: z.string(),
  respondent: z.string().nullable(),
  answeredOn: z.string().nullable(),
  indicators: z.record(z.enum(PROJECT_INDICATOR_KEYS), z.boolean().nullable()),
  /** The result stored when the answers were saved or last re-classified. */
  classification: classificationSchema.extend({ classifiedAt: z.string() }),
  abilities: recordAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: updatedBySchema,
});
export type InvolvementRecord = z.infer<typeof involvementRecordSchema>;

export const involvementListQuerySchema = paginationQuerySchema;
export const involvementPageSchema = pageOf(involvementRecordSchema);

/** The body may be left out: the program's rubric is then used. */
export const reclassifySchema = z.strictObject({ rubricId: rubricIdSchema.optional() }).nullish();
export const reclassifyResultSchema = z.object({
  rubric: rubricRefSchema,
  /** Records classified again. */
  reclassified: z.number().int(),
  /** Of those, how many changed type. */
  changed: z.number().int(),
});

export const perceptionGapQuerySchema = paginationQuerySchema.extend({ round: roundSchema.default(DEFAULT_ROUND) });
export type PerceptionGapQuery = z.infer<typeof perceptionGapQuerySchema>;

const sideSchema = z.object({ type: z.string(), complete: z.boolean(), rubric: rubricRefSchema });

export const perceptionGapSchema = z.object({
  membershipId: idSchema,
  organization: z.object({ id: idSchema, name: z.string() }),
  round: z.string(),
  lead: sideSchema,
  partner: sideSchema,
  /** Lead's rank minus partner's: positive when the lead sees a closer partnership than the partner does. */
  difference: z.number().int(),
  /** Indicators one side counts as yes and the other does not, with both answers. */
  disagreements: z.array(
    z.object({ indicator: z.enum(PROJECT_INDICATOR_KEYS), lead: z.boolean().nullable(), partner: z.boolean().nullable() }),
  ),
});
export type PerceptionGapBody = z.infer<typeof perceptionGapSchema>;
export const perceptionGapPageSchema = pageOf(perceptionGapSchema);
