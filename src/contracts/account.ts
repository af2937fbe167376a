import { z } from "zod";
import { passwordProblem } from "../domain/passwords/password-rules.js";
import { rule } from "../domain/validation.js";
import { LANGUAGES } from "../domain/vocabulary.js";
import { currentPasswordSchema, currentUserSchema, passwordSchema, userCreateSchema } from "./auth.js";

/** What the signed-in caller may do beyond their own account, so that the app offers only that. */
export const accountAbilitiesSchema = z.object({ manageUsers: z.boolean() });

export const accountSchema = currentUserSchema.extend({
  lastSignInAt: z.string().nullable(),
  /** True when the person asked for no reminders (the weekly digest, the notices before meetings). */
  remindersOptOut: z.boolean(),
  abilities: accountAbilitiesSchema,
});
export type Account = z.infer<typeof accountSchema>;

export const accountUpdateSchema = z
  .strictObject({
    name: userCreateSchema.shape.name,
    locale: z.enum(LANGUAGES),
    remindersOptOut: z.boolean(),
  })
  .partial();
export type AccountUpdate = z.infer<typeof accountUpdateSchema>;

export const passwordChangeSchema = z.strictObject({
  currentPassword: currentPasswordSchema,
  newPassword: passwordSchema,
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/** The same change checked against the account's own email address as well, for a form that knows it. */
export function passwordChangeSchemaFor(email: string) {
  return passwordChangeSchema.superRefine((value, ctx) => {
    const problem = passwordProblem(value.newPassword, { email });
    if (problem?.key === "passwordContainsEmail") ctx.addIssue({ code: "custom", path: ["newPassword"], ...rule(problem.key) });
  });
}
