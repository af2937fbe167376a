import { z } from "zod";
import { updatedBySchema } from "./audit.js";
import { FOCUS_ISSUES, PARTNERSHIP_STATUSES, PRIORITY_GROUPS } from "../domain/vocabulary.js";
import { partnershipAbilitiesSchema } from "./abilities.js";
import {
  idSchema,
  isoDateSchema,
  optionalLine,
  optionalText,
  pageOf,
  paginationQuerySchema,
  requiredName,
  sortOrderSchema,
  text,
} from "./common.js";
import { rule } from "../domain/validation.js";

const nullableDate = z.preprocess((value) => (value === "" ? null : value), isoDateSchema.nullable()).optional();

const partnershipFields = z.strictObject({
  name: requiredName(200),
  programId: idSchema,
  leadOrganizationId: idSchema,
  region: optionalLine(120),
  priorityGroups: z.array(z.enum(PRIORITY_GROUPS)).max(PRIORITY_GROUPS.length),
  focusIssues: z.array(z.enum(FOCUS_ISSUES)).max(FOCUS_ISSUES.length),
  startDate: nullableDate,
  endDate: nullableDate,
  fundingEndDate: nullableDate,
  status: z.enum(PARTNERSHIP_STATUSES),
  description: optionalText(4000),
});

function datesInOrder(value: { startDate?: string | null; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], ...rule("endBeforeStart") });
  }
}

export const partnershipCreateSchema = partnershipFields
  .extend({
    priorityGroups: partnershipFields.shape.priorityGroups.default([]),
    focusIssues: partnershipFields.shape.focusIssues.default([]),
    status: partnershipFields.shape.status.default("planning"),
  })
  .superRefine(datesInOrder);
export type PartnershipCreate = z.infer<typeof partnershipCreateSchema>;
// Without defaults: zod applies them even inside .partial(), which would reset omitted fields.
export const partnershipUpdateSchema = partnershipFields.partial().superRefine(datesInOrder);
export type PartnershipUpdate = z.infer<typeof partnershipUpdateSchema>;

const reference = z.object({ id: idSchema, name: z.string() });

export const partnershipSchema = z.object({
  id: idSchema,
  name: z.string(),
  program: reference.extend({ code: z.string(), nameFr: z.string().nullable() }),
  leadOrganization: reference,
  region: z.string().nullable(),
  priorityGroups: z.array(z.enum(PRIORITY_GROUPS)),
  focusIssues: z.array(z.enum(FOCUS_ISSUES)),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  fundingEndDate: z.string().nullable(),
  status: z.enum(PARTNERSHIP_STATUSES),
  description: z.string().nullable(),
  memberCount: z.number().int(),
  abilities: partnershipAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: updatedBySchema,
});
export type Partnership = z.infer<typeof partnershipSchema>;

export const PARTNERSHIP_SORTS = ["name", "region", "status", "startDate", "createdAt"] as const;

export const partnershipListQuerySchema = paginationQuerySchema.extend({
  q: text(200).optional(),
  programId: idSchema.optional(),
  organizationId: idSchema.optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  region: text(120).optional(),
  priorityGroup: z.enum(PRIORITY_GROUPS).optional(),
  sort: z.enum(PARTNERSHIP_SORTS).default("name"),
  order: sortOrderSchema,
});
export type PartnershipListQuery = z.infer<typeof partnershipListQuerySchema>;
export const partnershipPageSchema = pageOf(partnershipSchema);
