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
  .strictObject({
    name: userCreateSchema.shape.name,
    locale: z.enum(LANGUAGES),
  })
  .partial();
export type AccountUpdate = z.infer<typeof accountUpdateSchema>;

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;
