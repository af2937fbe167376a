import { z } from "zod";
import { LANGUAGES, ROLES } from "../domain/vocabulary.js";
import { globalAbilitiesSchema } from "./abilities.js";
import { idSchema, pageOf, paginationQuerySchema, queryBooleanSchema, requiredName, text } from "./common.js";

export const PASSWORD_MIN_LENGTH = 12;
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export const emailAddressSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const loginSchema = z.strictObject({
  email: emailAddressSchema,
  password: z.string().min(1).max(200),
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

export const tokenCreateSchema = z.strictObject({ name: requiredName(100) });
export const tokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
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

export const userSchema = currentUserSchema.extend({
  programIds: z.array(idSchema),
  partnershipIds: z.array(idSchema),
  disabled: z.boolean(),
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
  })
  .partial();
export type UserUpdate = z.infer<typeof userUpdateSchema>;
