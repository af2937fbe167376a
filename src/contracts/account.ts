import { z } from "zod";
import { LANGUAGES } from "../domain/vocabulary.js";
import { currentUserSchema, passwordSchema, userCreateSchema } from "./auth.js";

/** What the signed-in caller may do beyond their own account, so that the app offers only that. */
export const accountAbilitiesSchema = z.object({ manageUsers: z.boolean() });

export const accountSchema = currentUserSchema.extend({
  lastSignInAt: z.string().nullable(),
  abilities: accountAbilitiesSchema,
});
export type Account = z.infer<typeof accountSchema>;

export const accountUpdateSchema = z
  .object({
    name: userCreateSchema.shape.name,
    locale: z.enum(LANGUAGES, { error: "must be en or fr" }),
  })
  .partial();
export type AccountUpdate = z.infer<typeof accountUpdateSchema>;

export const passwordChangeSchema = z.object({
  currentPassword: z.string({ error: "is required" }).min(1, { error: "is required" }).max(200),
  newPassword: passwordSchema,
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;
