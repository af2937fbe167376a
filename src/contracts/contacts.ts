import { z } from "zod";
import { LANGUAGES } from "../domain/vocabulary.js";
import { contactAbilitiesSchema } from "./abilities.js";
import { idSchema, isoDateSchema, lineText, optionalLine, pageOf, paginationQuerySchema, requiredName } from "./common.js";
import { rule } from "../domain/validation.js";

const emailSchema = z.preprocess((value) => (value === "" ? null : value), z.email().max(254).nullable());
const phoneSchema = z.preprocess(
  (value) => (value === "" ? null : value),
  lineText(40)
    .refine((value) => /^[+0-9 ().\-x]{3,40}$/i.test(value), rule("phone"))
    .nullable(),
);

const contactFields = z.strictObject({
  name: requiredName(200),
  title: optionalLine(200),
  email: emailSchema.optional(),
  phone: phoneSchema.optional(),
  preferredLanguage: z.enum(LANGUAGES),
  verifiedOn: z.preprocess((value) => (value === "" ? null : value), isoDateSchema.nullable()).optional(),
});

export const contactCreateSchema = contactFields.extend({ preferredLanguage: contactFields.shape.preferredLanguage.default("en") });
export type ContactCreate = z.infer<typeof contactCreateSchema>;

// Without defaults: zod applies them even inside .partial(), which would reset omitted fields.
export const contactUpdateSchema = contactFields.partial();
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

export const contactSchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredLanguage: z.enum(LANGUAGES),
  verifiedOn: z.string().nullable(),
  abilities: contactAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactListQuerySchema = paginationQuerySchema;
export const contactPageSchema = pageOf(contactSchema);
export const contactParamsSchema = z.object({ id: idSchema, contactId: idSchema });
