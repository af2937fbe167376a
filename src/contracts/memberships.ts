import { z } from "zod";
import { MEMBERSHIP_ORIGINS, SECTORS } from "../domain/vocabulary.js";
import { idSchema, isoDateSchema, optionalText, pageOf, paginationQuerySchema } from "./common.js";
import { membershipAbilitiesSchema } from "./abilities.js";
import { axisStageSchema, axisStagesSchema } from "./coverage.js";
import { rule } from "../domain/validation.js";

const nullableDate = z.preprocess((value) => (value === "" ? null : value), isoDateSchema.nullable()).optional();

const membershipFields = z.strictObject({
  organizationId: idSchema,
  joinedOn: nullableDate,
  leftOn: nullableDate,
  representativeContactId: idSchema.nullable().optional(),
  origin: z.enum(MEMBERSHIP_ORIGINS).nullable().optional(),
  isNewPartner: z.boolean(),
  notes: optionalText(4000),
  /** Invited to voice criticism of the effort (fills a composition's critic seat); false when omitted on creation. */
  isCritic: z.boolean().optional(),
  /** What the member does along the prevention-to-re-entry axis; null (or omitted on creation) for its sector's usual stages. */
  axisStages: axisStagesSchema.nullable().optional(),
});

function datesInOrder(value: { joinedOn?: string | null; leftOn?: string | null }, ctx: z.RefinementCtx) {
  if (value.joinedOn && value.leftOn && value.leftOn < value.joinedOn) {
    ctx.addIssue({ code: "custom", path: ["leftOn"], ...rule("leftBeforeJoined") });
  }
}

export const membershipCreateSchema = membershipFields
  .extend({ isNewPartner: membershipFields.shape.isNewPartner.default(false) })
  .superRefine(datesInOrder);
export type MembershipCreate = z.infer<typeof membershipCreateSchema>;
// Without defaults: zod applies them even inside .partial(), which would reset omitted fields.
export const membershipUpdateSchema = membershipFields.omit({ organizationId: true }).partial().superRefine(datesInOrder);
export type MembershipUpdate = z.infer<typeof membershipUpdateSchema>;

export const membershipSchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  organization: z.object({
    id: idSchema,
    name: z.string(),
    sector: z.enum(SECTORS),
    hasCrimePreventionMandate: z.boolean(),
  }),
  /** The partnership's lead organization: a member like the others, shown first, without an involvement checklist about itself. */
  isLead: z.boolean(),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  representative: z.object({ id: idSchema, name: z.string(), email: z.string().nullable() }).nullable(),
  origin: z.enum(MEMBERSHIP_ORIGINS).nullable(),
  isNewPartner: z.boolean(),
  notes: z.string().nullable(),
  isCritic: z.boolean(),
  axisStages: z.array(axisStageSchema).nullable(),
  /**
   * When the member organization confirmed it takes part (or null while it awaits that): until then the
   * partnership's staff have no right over its record and contacts.
   */
  confirmedAt: z.string().nullable(),
  abilities: membershipAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const membershipListQuerySchema = paginationQuerySchema;
export const membershipPageSchema = pageOf(membershipSchema);
export const membershipParamsSchema = z.object({ id: idSchema, membershipId: idSchema });
