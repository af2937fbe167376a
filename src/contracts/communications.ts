import { z } from "zod";
import { COMMUNICATION_CHANNELS } from "../domain/communications/channels.js";
import { rule } from "../domain/validation.js";
import { recordAbilitiesSchema } from "./abilities.js";
import { idSchema, isoDateSchema, pageOf, paginationQuerySchema, requiredText } from "./common.js";

export const communicationChannelSchema = z.enum(COMMUNICATION_CHANNELS);
export type CommunicationChannelFilter = z.infer<typeof communicationChannelSchema>;

/** Two or more distinct member organizations; which are members is the server's check. */
const partiesSchema = z
  .array(idSchema)
  .min(2)
  .max(50)
  .superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: "custom", path: [index], ...rule("listedTwice") });
    });
  });

const communicationFields = z.strictObject({
  occurredOn: isoDateSchema,
  organizationIds: partiesSchema,
  channel: communicationChannelSchema,
  subject: requiredText(500),
});

export const communicationCreateSchema = communicationFields;
export type CommunicationCreate = z.infer<typeof communicationCreateSchema>;

export const communicationUpdateSchema = communicationFields.partial().extend({ version: z.number().int().min(1) });
export type CommunicationUpdate = z.infer<typeof communicationUpdateSchema>;

export const communicationVersionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

export const communicationListQuerySchema = paginationQuerySchema.extend({
  channel: communicationChannelSchema.optional(),
  organizationId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type CommunicationListQuery = z.infer<typeof communicationListQuerySchema>;

export const communicationSchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  occurredOn: z.string(),
  channel: communicationChannelSchema,
  subject: z.string(),
  /** The parties, by name. */
  organizations: z.array(z.object({ id: idSchema, name: z.string() })),
  version: z.number().int(),
  abilities: recordAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Communication = z.infer<typeof communicationSchema>;
export const communicationPageSchema = pageOf(communicationSchema);
