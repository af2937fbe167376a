import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from "../domain/passwords/password-rules.js";
import { rule } from "../domain/validation.js";
import { LANGUAGES, ROLES } from "../domain/vocabulary.js";
import { globalAbilitiesSchema } from "./abilities.js";
import { idSchema, pageOf, paginationQuerySchema, queryBooleanSchema, requiredName, text } from "./common.js";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/**
 * A new password, by the rules of domain/passwords that need nothing but the password. The rule about
 * the account's email address is checked where the address is known (newPasswordProblem).
 */
export const passwordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", ...rule(problem.key, problem.values) });
});

/** A password as typed to sign in: anything a password could have been set to, and no longer. */
export const currentPasswordSchema = z
  .string()
  .min(1)
  .max(PASSWORD_MAX_LENGTH * 2);

export const emailAddressSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const loginSchema = z.strictObject({
  email: emailAddressSchema,
  password: currentPasswordSchema,
});
export type Login = z.infer<typeof loginSchema>;

export const currentUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  organizationId: idSchema.nullable(),
  locale: z.enum(LANGUAGES),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string(),
  /** What the user may do regardless of any row, from their role. */
  abilities: globalAbilitiesSchema,
});
export type Session = z.infer<typeof sessionSchema>;

/** Whether the caller is signed in, answered without a 401, so a browser's first look does not log an error. */
export const sessionStatusSchema = z.discriminatedUnion("signedIn", [
  sessionSchema.extend({ signedIn: z.literal(true) }),
  z.object({ signedIn: z.literal(false) }),
]);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const profileUpdateSchema = z.strictObject({ locale: z.enum(LANGUAGES) });

/** How long a new API token works unless its creator chooses otherwise. */
export const TOKEN_DEFAULT_DAYS = 365;
export const TOKEN_MAX_DAYS = 3650;
/** The lifetimes the web app offers; the API takes any number of days up to TOKEN_MAX_DAYS, or null for none. */
export const TOKEN_LIFETIME_CHOICES = [30, 90, TOKEN_DEFAULT_DAYS, 730] as const;

export const tokenCreateSchema = z.strictObject({
  name: requiredName(100),
  /** Days until the token stops working; null for a token that never expires. */
  expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS).nullable().default(TOKEN_DEFAULT_DAYS),
});
export type TokenCreate = z.input<typeof tokenCreateSchema>;
export const tokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  /** Recorded at most once a minute: a token used again within the minute keeps its earlier time. */
  lastUsedAt: z.string().nullable(),
  /** When the token stops working; null when it does not expire. */
  expiresAt: z.string().nullable(),
  abilities: z.object({ revoke: z.boolean() }),
});
export type ApiToken = z.infer<typeof tokenSchema>;
export const tokenCreatedSchema = tokenSchema.extend({ token: z.string() });
export const tokenPageSchema = pageOf(tokenSchema);

export const userCreateSchema = z.strictObject({
  email: emailAddressSchema,
  name: requiredName(200),
  role: z.enum(ROLES),
  password: passwordSchema,
  organizationId: idSchema.nullable().optional(),
  locale: z.enum(LANGUAGES).default("en"),
  programIds: z.array(idSchema).max(100).default([]),
  partnershipIds: z.array(idSchema).max(500).default([]),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

/**
 * What the caller may do with an account. `demote` and `disable` are false for the last active
 * administrator, so that one always remains.
 */
export const userAbilitiesSchema = z.object({
  update: z.boolean(),
  demote: z.boolean(),
  disable: z.boolean(),
  enable: z.boolean(),
  listTokens: z.boolean(),
});
export type UserAbilities = z.infer<typeof userAbilitiesSchema>;

/** An evaluator's permission to export individual survey responses: without identities, with them, or none. */
export const RESPONSE_EXPORTS = ["anonymous", "identified"] as const;
export const responseExportSchema = z.enum(RESPONSE_EXPORTS).nullable();

export const userSchema = currentUserSchema.extend({
  programIds: z.array(idSchema),
  partnershipIds: z.array(idSchema),
  disabled: z.boolean(),
  /** Evaluators only: whether they may export a round's individual responses, and with whose names. */
  responseExport: responseExportSchema,
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  abilities: userAbilitiesSchema,
});
export type User = z.infer<typeof userSchema>;
export const userListQuerySchema = paginationQuerySchema.extend({
  /** Part of a name or an email address. */
  q: text(200).optional(),
  role: z.enum(ROLES).optional(),
  disabled: queryBooleanSchema.optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;
export const userPageSchema = pageOf(userSchema);

// No defaults here: zod applies defaults even inside .partial(), which would wipe omitted assignments.
export const userUpdateSchema = z
  .strictObject({
    name: userCreateSchema.shape.name,
    role: userCreateSchema.shape.role,
    organizationId: idSchema.nullable(),
    locale: z.enum(LANGUAGES),
    programIds: z.array(idSchema).max(100),
    partnershipIds: z.array(idSchema).max(500),
    disabled: z.boolean(),
    /** Evaluators only; a change of role to another clears it. */
    responseExport: responseExportSchema,
  })
  .partial();
export type UserUpdate = z.infer<typeof userUpdateSchema>;
