// From results to action: the library of suggested steps per instrument score (built-in ones written
// from the seeds, editable by administrators), the steps proposed for a round's weak scores, and what
// the coordinator decided about each: accepted (an activity in the plan, linked back to the score) or
// dismissed.
import { z } from "zod";
import { instrumentIdSchema, instrumentKeySchema } from "../domain/surveys/instrument-schema.js";
import { idSchema, isoDateSchema, pageOf, paginationQuerySchema, queryBooleanSchema, requiredText } from "./common.js";

const localized = z.object({ en: z.string(), fr: z.string() });
const localizedInput = z.strictObject({ en: requiredText(1000), fr: requiredText(1000) });

export const suggestionListQuerySchema = paginationQuerySchema.extend({
  instrument: instrumentIdSchema.optional(),
  score: instrumentKeySchema.optional(),
  /** Hidden built-in suggestions too (for those who may restore them; ignored for others). */
  hidden: queryBooleanSchema.optional(),
});
export type SuggestionListQuery = z.infer<typeof suggestionListQuerySchema>;

export const suggestionSchema = z.object({
  /** A built-in suggestion's key, or an added one's id. */
  key: z.string(),
  instrument: z.string(),
  score: z.string(),
  text: localized,
  builtIn: z.boolean(),
  /** A built-in suggestion an administrator reworded. */
  edited: z.boolean(),
  /** A built-in suggestion an administrator removed from the library (listed only when hidden ones are asked for). */
  hidden: z.boolean(),
  position: z.number().int(),
  /** 0 for a built-in suggestion never edited. */
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
export const suggestionPageSchema = pageOf(suggestionSchema);

export const suggestionCreateSchema = z.strictObject({
  instrument: instrumentIdSchema,
  score: instrumentKeySchema,
  text: localizedInput,
  position: z.number().int().min(0).max(1000).optional(),
});
export type SuggestionCreate = z.infer<typeof suggestionCreateSchema>;
export const suggestionUpdateSchema = z.strictObject({
  /** 0 for a built-in suggestion never edited. */
  version: z.number().int().min(0),
  text: localizedInput.optional(),
  position: z.number().int().min(0).max(1000).optional(),
  /** false restores a hidden built-in suggestion; true hides it, as a delete does. */
  hidden: z.boolean().optional(),
});
export type SuggestionUpdate = z.infer<typeof suggestionUpdateSchema>;
export const suggestionParamsSchema = z.object({ key: z.string().min(1).max(100) });

export const ACTION_STEP_STATUSES = ["accepted", "dismissed"] as const;

export const actionStepSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  scoreKey: z.string(),
  suggestionKey: z.string().nullable(),
  text: z.string(),
  status: z.enum(ACTION_STEP_STATUSES),
  activity: z.object({ id: idSchema, title: z.string(), dueOn: z.string().nullable(), status: z.string() }).nullable(),
  decidedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  decidedAt: z.string(),
  version: z.number().int(),
});
export type ActionStep = z.infer<typeof actionStepSchema>;

export const actionStepsQuerySchema = z.object({ borderline: queryBooleanSchema.optional() });

/** Per weak score of a round: its figures, the library's suggestions not yet decided, and the decisions made. */
export const actionProposalsSchema = z.object({
  roundId: idSchema,
  /** The round's partnership, whose plan an accepted step goes into. */
  partnershipId: idSchema,
  /** Whether the caller may decide (the partnership's `managePlan`). */
  canDecide: z.boolean(),
  /** Too few submitted responses stand behind the round's figures: no score is shown, none proposes anything. */
  withheld: z.boolean(),
  /** Whether borderline scores are included. */
  borderline: z.boolean(),
  scores: z.array(
    z.object({
      key: z.string(),
      title: localized,
      mean: z.number(),
      band: z.string(),
      suggestions: z.array(z.object({ key: z.string(), text: localized })),
      steps: z.array(actionStepSchema),
    }),
  ),
});
export type ActionProposals = z.infer<typeof actionProposalsSchema>;

/**
 * A decision about one step: accept (then an activity; `objectiveId` where it goes in the plan, else an
 * objective named after the score under a "Partnership health" goal made on first use) or dismiss.
 */
export const actionStepCreateSchema = z.strictObject({
  scoreKey: instrumentKeySchema,
  suggestionKey: z.string().min(1).max(100).optional(),
  /** The step as the coordinator worded it (the suggestion's text in the reader's language when left out). */
  text: requiredText(1000).optional(),
  decision: z.enum(["accept", "dismiss"]),
  objectiveId: idSchema.optional(),
  ownerOrganizationId: idSchema.optional(),
  ownerContactId: idSchema.optional(),
  dueOn: isoDateSchema.optional(),
});
export type ActionStepCreate = z.infer<typeof actionStepCreateSchema>;

export const actionStepParamsSchema = z.object({ id: idSchema, stepId: idSchema });

/**
 * A change to a decided step: its text, or its decision. A dismissed step accepted becomes an activity
 * as a decision to accept does (`objectiveId`, the owner and `dueOn` placing it); an accepted step
 * whose activity is in the plan is not dismissed here (its activity is changed or closed in the plan).
 */
export const actionStepUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  text: requiredText(1000).optional(),
  decision: z.enum(["accept", "dismiss"]).optional(),
  objectiveId: idSchema.optional(),
  ownerOrganizationId: idSchema.optional(),
  ownerContactId: idSchema.optional(),
  dueOn: isoDateSchema.optional(),
});
export type ActionStepUpdate = z.infer<typeof actionStepUpdateSchema>;
