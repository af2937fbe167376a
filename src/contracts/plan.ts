// The action plan of a partnership: goals (with their risks) → objectives (with an optional measure and
// its values over time) → activities. Shared by the server, the web app and the import of values.
import { z } from "zod";
import { ACTIVITY_STATUSES } from "../domain/plan/activity-status.js";
import { MEASURE_DIRECTIONS } from "../domain/plan/measure.js";
import { idSchema, isoDateSchema, lineText, optionalLine, optionalText, requiredText } from "./common.js";

const title = lineText(200).pipe(z.string().min(1));
const nullableDate = z.preprocess((value) => (value === "" ? null : value), isoDateSchema.nullable()).optional();
const versionSchema = z.number().int().min(1);
/** A measured quantity: any finite number (JSON has no other). */
export const measureNumberSchema = z.number();

export const riskInputSchema = z.strictObject({
  risk: requiredText(1000),
  contingency: optionalText(2000),
});
export type RiskInput = z.infer<typeof riskInputSchema>;

export const goalCreateSchema = z.strictObject({
  title,
  description: optionalText(4000),
  /** The goal's risks and their contingencies, in order; a save replaces the whole list. */
  risks: z.array(riskInputSchema).max(50).optional(),
});
export type GoalCreate = z.infer<typeof goalCreateSchema>;
export const goalUpdateSchema = goalCreateSchema.partial().extend({ version: versionSchema });
export type GoalUpdate = z.infer<typeof goalUpdateSchema>;

/**
 * What an objective counts, from a baseline to a target, and which way is better. The target date must
 * not be before the baseline date (checked by the server, which names `measure.targetOn`).
 */
export const measureInputSchema = z.strictObject({
  name: lineText(200).pipe(z.string().min(1)),
  unit: optionalLine(60),
  source: optionalLine(300),
  baselineValue: measureNumberSchema,
  baselineOn: isoDateSchema,
  targetValue: measureNumberSchema,
  targetOn: isoDateSchema,
  direction: z.enum(MEASURE_DIRECTIONS),
});
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const objectiveCreateSchema = z.strictObject({
  title,
  description: optionalText(4000),
  measure: measureInputSchema.nullable().optional(),
});
export type ObjectiveCreate = z.infer<typeof objectiveCreateSchema>;
export const objectiveUpdateSchema = objectiveCreateSchema.partial().extend({ version: versionSchema });
export type ObjectiveUpdate = z.infer<typeof objectiveUpdateSchema>;

const activityFields = z.strictObject({
  title,
  /** A member organization of the partnership. */
  ownerOrganizationId: idSchema.nullable().optional(),
  /** One of the owner organization's contacts. */
  ownerContactId: idSchema.nullable().optional(),
  dueOn: nullableDate,
  resources: optionalText(2000),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  notes: optionalText(4000),
  /** The meeting whose action item the activity came from. */
  meetingId: idSchema.nullable().optional(),
});
export const activityCreateSchema = activityFields;
export type ActivityCreate = z.infer<typeof activityCreateSchema>;
export const activityUpdateSchema = activityFields.partial().extend({ version: versionSchema });
export type ActivityUpdate = z.infer<typeof activityUpdateSchema>;
/** What a partner user may change of an activity its own organization owns. */
export const ACTIVITY_OWNER_FIELDS = ["version", "status", "notes"] as const;

export const measureValueInputSchema = z.strictObject({
  observedOn: isoDateSchema,
  value: measureNumberSchema,
  note: optionalText(1000),
});
export type MeasureValueInput = z.infer<typeof measureValueInputSchema>;

/** A delete names the version it read, as a save does. */
export const versionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });
export const valueParamsSchema = z.object({ id: idSchema, valueId: idSchema });

const editAbilitiesSchema = z.object({ update: z.boolean(), delete: z.boolean() });

export const riskSchema = z.object({ id: idSchema, risk: z.string(), contingency: z.string().nullable() });

export const goalSchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  position: z.number(),
  version: z.number(),
  risks: z.array(riskSchema),
  abilities: editAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goalSchema>;

export const measureValueSchema = z.object({
  id: idSchema,
  objectiveId: idSchema,
  observedOn: z.string(),
  value: z.number(),
  note: z.string().nullable(),
  /** Whether this value is on track (at least as good as the line from baseline to target on its date). */
  onTrack: z.boolean(),
  createdAt: z.string(),
});
export type MeasureValue = z.infer<typeof measureValueSchema>;

export const measureSchema = z.object({
  name: z.string(),
  unit: z.string().nullable(),
  source: z.string().nullable(),
  baselineValue: z.number(),
  baselineOn: z.string(),
  targetValue: z.number(),
  targetOn: z.string(),
  direction: z.enum(MEASURE_DIRECTIONS),
  /** The latest value against the line from baseline to target at its date; null without values. */
  onTrack: z.boolean().nullable(),
});
export type Measure = z.infer<typeof measureSchema>;

export const objectiveSchema = z.object({
  id: idSchema,
  goalId: idSchema,
  partnershipId: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  position: z.number(),
  version: z.number(),
  measure: measureSchema.nullable(),
  abilities: editAbilitiesSchema.extend({ addValue: z.boolean() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const activitySchema = z.object({
  id: idSchema,
  objectiveId: idSchema,
  partnershipId: idSchema,
  title: z.string(),
  ownerOrganization: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** Shown to those who may read the owner organization's contacts. */
  ownerContact: z.object({ id: idSchema, name: z.string() }).nullable(),
  dueOn: z.string().nullable(),
  resources: z.string().nullable(),
  status: z.enum(ACTIVITY_STATUSES),
  notes: z.string().nullable(),
  meetingId: idSchema.nullable(),
  /** The survey score whose action step the activity came from: the round, its label, the instrument and the score's title. */
  prompt: z
    .object({
      roundId: idSchema,
      scoreKey: z.string(),
      /** The score's title; null when the instrument version is no longer known. */
      scoreTitle: z.object({ en: z.string(), fr: z.string() }).nullable(),
      label: z.string(),
      instrument: z.string(),
    })
    .nullable(),
  position: z.number(),
  version: z.number(),
  /** update: every field; updateStatus: the status and notes (the owner organization's users); delete. */
  abilities: z.object({ update: z.boolean(), updateStatus: z.boolean(), delete: z.boolean() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

export const goalProgressSchema = z.object({
  activitiesDue: z.number(),
  activitiesDone: z.number(),
  measuresWithValues: z.number(),
  measuresOnTrack: z.number(),
});
export type GoalProgress = z.infer<typeof goalProgressSchema>;

export const planObjectiveSchema = objectiveSchema.extend({
  values: z.array(measureValueSchema),
  activities: z.array(activitySchema),
});
export type PlanObjective = z.infer<typeof planObjectiveSchema>;
export const planGoalSchema = goalSchema.extend({ objectives: z.array(planObjectiveSchema), progress: goalProgressSchema });
export type PlanGoal = z.infer<typeof planGoalSchema>;

export const planSchema = z.object({
  partnershipId: idSchema,
  /** The day progress is reckoned on (YYYY-MM-DD, UTC). */
  asOf: z.string(),
  goals: z.array(planGoalSchema),
  abilities: z.object({ managePlan: z.boolean() }),
});
export type Plan = z.infer<typeof planSchema>;

/** Columns of a file of measure values: the objective is found by program, partnership, goal and objective (compared like names). */
export const MEASURE_VALUE_COLUMNS = {
  required: ["program", "partnership", "goal", "objective", "observed_on", "value"],
  optional: ["note"],
} as const;

const importCountsSchema = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
const importProblemSchema = z.object({ line: z.number().int().nullable(), column: z.string().nullable(), message: z.string() });

/** What an import of measure values did (or, on a dry run, would do); with any error, nothing was written. */
export const measureImportReportSchema = z.object({
  kind: z.literal("measures"),
  dryRun: z.boolean(),
  written: z.boolean(),
  rows: z.number().int(),
  counts: z.object({ measureValues: importCountsSchema }),
  errors: z.array(importProblemSchema),
  errorCount: z.number().int(),
});
export type MeasureImportReport = z.infer<typeof measureImportReportSchema>;
