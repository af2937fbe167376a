// The flows that start with a mailed one-time link: a forgotten password and an invitation.
import { z } from "zod";
import { emailAddressSchema, passwordSchema, userCreateSchema } from "./auth.js";

export const passwordResetRequestSchema = z.strictObject({ email: emailAddressSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** The secret of a one-time link, as it appears in the link. */
export const linkTokenSchema = z.string().trim().min(1).max(200);

export const passwordResetConfirmSchema = z.strictObject({ token: linkTokenSchema, password: passwordSchema });
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

/** An account opened by an administrator; the invited person chooses the password through the mailed link. */
export const invitationCreateSchema = userCreateSchema.omit({ password: true });
export type InvitationCreate = z.infer<typeof invitationCreateSchema>;

export const invitationAcceptSchema = z.strictObject({ token: linkTokenSchema, password: passwordSchema });
export type InvitationAccept = z.infer<typeof invitationAcceptSchema>;

/** How long the links stay valid. */
export const PASSWORD_RESET_HOURS = 1;
export const INVITATION_DAYS = 7;
