import { z } from "zod";
import { INTENDED_ROLES } from "../domain/charter/roles.js";
import { CHARTER_FIELDS, MEMBER_FIELDS } from "../domain/charter/diff.js";
import { updatedBySchema } from "./audit.js";
import { idSchema, optionalText, pageOf, text } from "./common.js";
import { LANGUAGES } from "../domain/vocabulary.js";

export const CHARTER_FORMALITIES = ["formal", "informal"] as const;
export const CHARTER_GOVERNANCES = ["governing_members", "all_equal"] as const;

export const intendedRoleSchema = z.enum(INTENDED_ROLES);

const charterMemberInputSchema = z.strictObject({
  organizationId: idSchema,
  gains: optionalText(4000),
  intendedRole: intendedRoleSchema.nullable().optional(),
  expectations: optionalText(4000),
});

/** A whole charter, as written; the members listed replace those of the charter before. */
export const charterSaveSchema = z.strictObject({
  need: text(8000),
  vision: text(8000),
  mission: text(8000),
  values: text(8000),
  formality: z.enum(CHARTER_FORMALITIES).nullable().optional(),
  governance: z.enum(CHARTER_GOVERNANCES).nullable().optional(),
  decisionMaking: optionalText(4000),
  conflictResolution: optionalText(4000),
  members: z.array(charterMemberInputSchema).max(500).default([]),
  /** The version last read; omitted (or 0) only for the first save. */
  version: z.number().int().min(0).optional(),
});
export type CharterSave = z.infer<typeof charterSaveSchema>;

const measuredSchema = z.object({ round: z.string(), type: z.string() }).nullable();
const comparisonSchema = z.enum(["matches", "below", "above", "unmeasured", "notComparable"]).nullable();

export const charterMemberSchema = z.object({
  membershipId: idSchema,
  organization: z.object({ id: idSchema, name: z.string() }),
  isLead: z.boolean(),
  /** Whether the charter names this member (the others are members the charter has not been written for yet). */
  inCharter: z.boolean(),
  gains: z.string().nullable(),
  intendedRole: intendedRoleSchema.nullable(),
  expectations: z.string().nullable(),
  /** The typology type measured in the latest round, from each perspective. */
  measured: z.object({ lead: measuredSchema, partner: measuredSchema }),
  /** How each measured type stands against the intended role (null when no role is intended). */
  comparison: z.object({ lead: comparisonSchema, partner: comparisonSchema }),
  /** The measured type differs from the intended one from at least one perspective. */
  differs: z.boolean(),
});
export type CharterMember = z.infer<typeof charterMemberSchema>;

export const charterSchema = z.object({
  partnershipId: idSchema,
  partnership: z.object({ id: idSchema, name: z.string() }),
  program: z.object({ id: idSchema, code: z.string(), name: z.string(), nameFr: z.string().nullable() }),
  need: z.string(),
  vision: z.string(),
  mission: z.string(),
  values: z.string(),
  formality: z.enum(CHARTER_FORMALITIES).nullable(),
  governance: z.enum(CHARTER_GOVERNANCES).nullable(),
  decisionMaking: z.string().nullable(),
  conflictResolution: z.string().nullable(),
  /** 0 while no charter has been written. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: updatedBySchema,
  /** Every member of the partnership, those the charter names first in its order. */
  members: z.array(charterMemberSchema),
  abilities: z.object({ edit: z.boolean() }),
});
export type Charter = z.infer<typeof charterSchema>;

const valueChange = { before: z.string().nullable(), after: z.string().nullable() };
export const charterDiffSchema = z.object({
  fields: z.array(z.object({ field: z.enum(CHARTER_FIELDS), ...valueChange })),
  members: z.array(
    z.object({
      organizationId: z.string(),
      organizationName: z.string(),
      change: z.enum(["added", "removed", "changed"]),
      fields: z.array(z.object({ field: z.enum(MEMBER_FIELDS), ...valueChange })),
    }),
  ),
});

export const charterRevisionSummarySchema = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  savedBy: updatedBySchema,
  /** What this save changed from the one before it. */
  changes: charterDiffSchema,
});
export const charterRevisionPageSchema = pageOf(charterRevisionSummarySchema);

export const charterContentSchema = z.object({
  need: z.string().nullable(),
  vision: z.string().nullable(),
  mission: z.string().nullable(),
  values: z.string().nullable(),
  formality: z.string().nullable(),
  governance: z.string().nullable(),
  decisionMaking: z.string().nullable(),
  conflictResolution: z.string().nullable(),
  members: z.array(
    z.object({
      organizationId: z.string(),
      organizationName: z.string(),
      gains: z.string().nullable(),
      intendedRole: z.string().nullable(),
      expectations: z.string().nullable(),
    }),
  ),
});

export const charterRevisionSchema = charterRevisionSummarySchema.extend({
  content: charterContentSchema,
  previousVersion: z.number().int().nullable(),
});
export type CharterRevision = z.infer<typeof charterRevisionSchema>;

export const charterRevisionParamsSchema = z.object({ id: idSchema, version: z.coerce.number().int().min(1) });

/** The printable charter's language; without it, the request's (Accept-Language, then the account's). */
export const charterPdfQuerySchema = z.object({ language: z.enum(LANGUAGES).optional() });
