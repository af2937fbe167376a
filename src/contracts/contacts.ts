import { z } from "zod";
import { LANGUAGES } from "./vocabulary.js";
import { idSchema, isoDateSchema, optionalText, pageOf, paginationQuerySchema, requiredText, text } from "./common.js";

const emailSchema = z.preprocess(
  (value) => (value === "" ? null : value),
  z.email({ error: "must be a valid email address" }).max(254).nullable(),
);
const phoneSchema = z.preprocess(
  (value) => (value === "" ? null : value),
  text(40)
    .refine((value) => /^[+0-9 ().\-x]{3,40}$/i.test(value), { error: "must contain only digits, spaces and + ( ) . - x" })
    .nullable(),
);

export const contactCreateSchema = z.object({
  name: requiredText(200),
  title: optionalText(200),
  email: emailSchema.optional(),
  phone: phoneSchema.optional(),
  preferredLanguage: z.enum(LANGUAGES, { error: "must be en or fr" }).default("en"),
  verifiedOn: z.preprocess((value) => (value === "" ? null : value), isoDateSchema.nullable()).optional(),
});
export type ContactCreate = z.infer<typeof contactCreateSchema>;

export const contactUpdateSchema = contactCreateSchema.partial();
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
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactListQuerySchema = paginationQuerySchema;
export const contactPageSchema = pageOf(contactSchema);
export const contactParamsSchema = z.object({ id: idSchema, contactId: idSchema });
