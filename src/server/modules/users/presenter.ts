import type { User, UserAbilities } from "../../../contracts/auth.js";
import type { Language, Role } from "../../../domain/vocabulary.js";
import type { Caller } from "../../actor.js";
import { may } from "../access/scope.js";
import type { UserWithAdmins } from "./repository.js";

/** Whether this account is the only active administrator left, who must stay one. */
export function isLastActiveAdmin(row: { role: string; disabled: number; active_admins: number }): boolean {
  return row.role === "admin" && row.disabled === 0 && row.active_admins <= 1;
}

/** What the caller may do with the account: those whose role manages users (the table's manageUsers), within the last-administrator rule. */
export function userAbilities(row: UserWithAdmins, caller: Caller): UserAbilities {
  const manages = may(caller, "manageUsers");
  const last = isLastActiveAdmin(row);
  return {
    update: manages,
    demote: manages && !last,
    disable: manages && row.disabled === 0 && !last,
    enable: manages && row.disabled === 1,
    listTokens: manages,
  };
}

export function presentUser(row: UserWithAdmins, caller: Caller, programIds: string[], partnershipIds: string[]): User {
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
    responseExport: row.response_export === "anonymous" || row.response_export === "identified" ? row.response_export : null,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
    abilities: userAbilities(row, caller),
  };
}
