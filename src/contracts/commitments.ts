// The commitment ledger: what each member pledged, its moves from pledged to delivered (or slipped,
// or withdrawn), and who made them. The rules themselves are in domain/commitments/.
import { z } from "zod";
import { AXIS_STAGES, COMMITMENT_STATUSES } from "../domain/commitments/statuses.js";
import {
  idSchema,
  isoDateSchema,
  lineText,
  optionalText,
  pageOf,
  paginationQuerySchema,
  queryBooleanSchema,
  requiredText,
} from "./common.js";

export const commitmentStatusSchema = z.enum(COMMITMENT_STATUSES);
export const commitmentAxisSchema = z.enum(AXIS_STAGES);
export const commitmentDescriptionSchema = requiredText(1000);
export const commitmentReasonSchema = optionalText(2000);
export const commitmentEvidenceSchema = optionalText(4000);
const evidenceUrlSchema = z.preprocess((value) => (value === "" ? null : value), lineText(2000).nullable()).optional();
const optionalDate = z.preprocess((value) => (value === "" ? null : value), isoDateSchema.nullable()).optional();

export const commitmentCreateSchema = z.strictObject({
  organizationId: idSchema,
  description: commitmentDescriptionSchema,
  axis: commitmentAxisSchema,
  pledgedOn: isoDateSchema,
  dueOn: isoDateSchema,
  goalId: idSchema.nullable().optional(),
  objectiveId: idSchema.nullable().optional(),
  meetingId: idSchema.nullable().optional(),
});
export type CommitmentCreate = z.infer<typeof commitmentCreateSchema>;

export const commitmentUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  description: commitmentDescriptionSchema.optional(),
  axis: commitmentAxisSchema.optional(),
  goalId: idSchema.nullable().optional(),
  objectiveId: idSchema.nullable().optional(),
});
export type CommitmentUpdate = z.infer<typeof commitmentUpdateSchema>;

/** A move: `on` is the date it took effect (today when left out); a slip gives `dueOn` and a `reason`. */
export const commitmentMoveSchema = z.strictObject({
  version: z.number().int().min(1),
  to: commitmentStatusSchema,
  on: optionalDate,
  dueOn: optionalDate,
  reason: commitmentReasonSchema,
  evidence: commitmentEvidenceSchema,
  evidenceUrl: evidenceUrlSchema,
});
export type CommitmentMove = z.infer<typeof commitmentMoveSchema>;

export const commitmentListQuerySchema = paginationQuerySchema.extend({
  status: commitmentStatusSchema.optional(),
  organizationId: idSchema.optional(),
  axis: commitmentAxisSchema.optional(),
  /** Only those open with a current due date before today. */
  overdue: queryBooleanSchema.optional(),
});
export type CommitmentListQuery = z.infer<typeof commitmentListQuerySchema>;

export const commitmentAbilitiesSchema = z.object({
  /** Change its description, axis, goal or objective. */
  update: z.boolean(),
  /** The statuses the caller may move it to now. */
  moves: z.array(commitmentStatusSchema),
});

export const commitmentSchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  organization: z.object({ id: idSchema, name: z.string() }),
  description: z.string(),
  axis: commitmentAxisSchema,
  goalId: idSchema.nullable(),
  objectiveId: idSchema.nullable(),
  meetingId: z.string().nullable(),
  pledgedOn: z.string(),
  /** The date first promised: it never changes. */
  dueOn: z.string(),
  /** Moves only by slipping. */
  currentDueOn: z.string(),
  status: commitmentStatusSchema,
  /** The date of the last move. */
  statusOn: z.string(),
  deliveredOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  evidence: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  version: z.number().int(),
  abilities: commitmentAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Commitment = z.infer<typeof commitmentSchema>;

/** One move in a commitment's history, the pledge included (from null). */
export const commitmentEventSchema = z.object({
  id: idSchema,
  at: z.string(),
  user: z.object({ id: idSchema, name: z.string() }).nullable(),
  from: commitmentStatusSchema.nullable(),
  to: commitmentStatusSchema,
  effectiveOn: z.string(),
  dueBefore: z.string().nullable(),
  dueAfter: z.string().nullable(),
  reason: z.string().nullable(),
  evidence: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  meetingId: z.string().nullable(),
});
export type CommitmentEvent = z.infer<typeof commitmentEventSchema>;

export const commitmentDetailSchema = commitmentSchema.extend({ events: z.array(commitmentEventSchema) });
export type CommitmentDetail = z.infer<typeof commitmentDetailSchema>;

export const commitmentPageSchema = pageOf(commitmentSchema);
