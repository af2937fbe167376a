// Membership coverage: a partnership's members against its program's recommended composition, and the
// composition itself. The document schema lives with the domain rules it feeds.
import { z } from "zod";
import { AXIS_STAGES } from "../domain/coverage/axis.js";
import { CHECKLIST_QUESTIONS } from "../domain/coverage/checklist.js";
import { SLOT_KINDS } from "../domain/coverage/composition.js";
import { compositionDocumentSchema } from "../domain/coverage/composition-schema.js";
import { FOCUS_ISSUES, PRIORITY_GROUPS, SECTORS } from "../domain/vocabulary.js";
import { settingAbilitiesSchema } from "./abilities.js";
import { idSchema, isoDateSchema } from "./common.js";
import { rule } from "../domain/validation.js";

export { compositionDocumentSchema };
export type CompositionDocument = z.infer<typeof compositionDocumentSchema>;

export const axisStageSchema = z.enum(AXIS_STAGES);

/** The stages a member covers, each at most once; an empty list says it covers none. */
export const axisStagesSchema = z
  .array(axisStageSchema)
  .max(AXIS_STAGES.length)
  .superRefine((stages, ctx) => {
    stages.forEach((stage, index) => {
      if (stages.indexOf(stage) !== index) ctx.addIssue({ code: "custom", path: [index], ...rule("listedTwice") });
    });
  });

const localizedSchema = z.object({ en: z.string(), fr: z.string() });

export const programCompositionSchema = z.object({
  programId: idSchema,
  /** True when the program has not written its own and the built-in composition applies. */
  isDefault: z.boolean(),
  composition: compositionDocumentSchema,
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** `update`: whether the caller may change or reset it. */
  abilities: settingAbilitiesSchema,
});
export type ProgramComposition = z.infer<typeof programCompositionSchema>;

export const coverageQuerySchema = z.object({
  /** The day to assess (YYYY-MM-DD); today when omitted. Members who left on or before it do not count. */
  asOf: isoDateSchema.optional(),
});
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

/** A member at the table; the lead organization has no membership (null) unless it is also listed as a member. */
const memberRefSchema = z.object({
  membershipId: idSchema.nullable(),
  organizationId: idSchema,
  name: z.string(),
  sector: z.enum(SECTORS),
  isLead: z.boolean(),
});
const stageSourceSchema = z.enum(["membership", "sector"]);
const shareSchema = z.object({ count: z.number().int(), total: z.number().int(), share: z.number() });

const affectedGroupSchema = z.object({
  key: z.string(),
  sectors: z.array(z.enum(SECTORS)),
  reasons: z.array(
    z.discriminatedUnion("source", [
      z.object({ source: z.literal("priority_group"), key: z.enum(PRIORITY_GROUPS) }),
      z.object({ source: z.literal("focus_issue"), key: z.enum(FOCUS_ISSUES) }),
    ]),
  ),
  assumed: z.boolean(),
  present: z.boolean(),
  members: z.array(memberRefSchema),
});

export const coverageSchema = z.object({
  partnershipId: idSchema,
  programId: idSchema,
  asOf: z.string(),
  composition: z.object({ isDefault: z.boolean(), updatedAt: z.string().nullable() }),
  members: z.array(
    memberRefSchema.extend({
      hasCrimePreventionMandate: z.boolean(),
      isNewPartner: z.boolean(),
      isCritic: z.boolean(),
      joinedOn: z.string().nullable(),
      leftOn: z.string().nullable(),
      stages: z.array(axisStageSchema),
      stagesSource: stageSourceSchema,
    }),
  ),
  formerMemberCount: z.number().int(),
  slots: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(SLOT_KINDS),
      label: localizedSchema,
      why: localizedSchema,
      required: z.boolean(),
      sectors: z.array(z.enum(SECTORS)),
      present: z.boolean(),
      /** "partly": some members sit in the seat but not all it asks for (a voice for some of the affected groups only). */
      fill: z.enum(["filled", "partly", "empty"]),
      members: z.array(memberRefSchema),
      groups: z.array(affectedGroupSchema),
    }),
  ),
  missing: z.object({ required: z.array(z.string()), optional: z.array(z.string()) }),
  affectedGroups: z.array(affectedGroupSchema),
  balance: z.object({
    index: z.number(),
    shannon: z.number(),
    sectorsPossible: z.number().int(),
    sectorsPresent: z.number().int(),
    memberCount: z.number().int(),
    counts: z.array(z.object({ sector: z.enum(SECTORS), count: z.number().int() })),
    formula: z.string(),
    range: z.object({ min: z.number(), max: z.number() }),
  }),
  axis: z.object({
    stages: z.array(
      z.object({ stage: axisStageSchema, covered: z.boolean(), members: z.array(memberRefSchema.extend({ source: stageSourceSchema })) }),
    ),
    empty: z.array(axisStageSchema),
  }),
  nonTraditional: shareSchema,
  newPartners: shareSchema,
  checklist: z.array(
    z.object({
      question: z.enum(CHECKLIST_QUESTIONS),
      prompt: localizedSchema,
      answer: z.enum(["yes", "partly", "no"]),
      summary: localizedSchema,
      gaps: z.array(z.object({ text: localizedSchema, required: z.boolean() })),
    }),
  ),
});
export type CoverageBody = z.infer<typeof coverageSchema>;
