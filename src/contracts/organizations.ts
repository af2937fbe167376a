import { z } from "zod";
import { updatedBySchema } from "./audit.js";
import { GOVERNMENT_LEVELS, SECTORS } from "../domain/vocabulary.js";
import { organizationAbilitiesSchema } from "./abilities.js";
import {
  idSchema,
  optionalLine,
  optionalText,
  pageOf,
  paginationQuerySchema,
  queryBooleanSchema,
  requiredName,
  sortOrderSchema,
  text,
} from "./common.js";

const organizationFields = z.strictObject({
  name: requiredName(200),
  sector: z.enum(SECTORS),
  governmentLevel: z.enum(GOVERNMENT_LEVELS).nullable().optional(),
  hasCrimePreventionMandate: z.boolean(),
  website: optionalLine(300),
  notes: optionalText(4000),
});

export const organizationCreateSchema = organizationFields.extend({
  hasCrimePreventionMandate: organizationFields.shape.hasCrimePreventionMandate.default(false),
});
export type OrganizationCreate = z.infer<typeof organizationCreateSchema>;

// Built from the fields without defaults: zod applies a default even inside .partial(), which would
// silently reset an omitted field on every change.
export const organizationUpdateSchema = organizationFields.partial();
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;

export const organizationSchema = z.object({
  id: idSchema,
  name: z.string(),
  sector: z.enum(SECTORS),
  governmentLevel: z.enum(GOVERNMENT_LEVELS).nullable(),
  hasCrimePreventionMandate: z.boolean(),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  membershipCount: z.number().int(),
  abilities: organizationAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: updatedBySchema,
});
export type Organization = z.infer<typeof organizationSchema>;

export const ORGANIZATION_SORTS = ["name", "sector", "createdAt", "updatedAt"] as const;

export const organizationListQuerySchema = paginationQuerySchema.extend({
  q: text(200).optional(),
  sector: z.enum(SECTORS).optional(),
  governmentLevel: z.enum(GOVERNMENT_LEVELS).optional(),
  hasCrimePreventionMandate: queryBooleanSchema.optional(),
  sort: z.enum(ORGANIZATION_SORTS).default("name"),
  order: sortOrderSchema,
});
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;

export const organizationPageSchema = pageOf(organizationSchema);
