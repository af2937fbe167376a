import type { User, UserAbilities } from "../../../contracts/auth.js";
import type { Language, Role } from "../../../domain/vocabulary.js";
import type { UserWithAdmins } from "./repository.js";

/** Whether this account is the only active administrator left, who must stay one. */
export function isLastActiveAdmin(row: { role: string; disabled: number; active_admins: number }): boolean {
  return row.role === "admin" && row.disabled === 0 && row.active_admins <= 1;
}

/** What an administrator may do with the account (only administrators manage accounts). */
export function userAbilities(row: UserWithAdmins): UserAbilities {
  const last = isLastActiveAdmin(row);
  return { update: true, demote: !last, disable: row.disabled === 0 && !last, enable: row.disabled === 1, listTokens: true };
}

export function presentUser(row: UserWithAdmins, programIds: string[], partnershipIds: string[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    organizationId: row.organization_id,
    locale: row.locale as Language,
    programIds,
    partnershipIds,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
    abilities: userAbilities(row),
  };
}
