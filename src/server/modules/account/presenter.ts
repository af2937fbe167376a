import type { Account } from "../../../contracts/account.js";
import { globalAbilitiesOf } from "../../../domain/access/abilities.js";
import type { Language, Role } from "../../../domain/vocabulary.js";
import type { UserRow } from "../../db/schema.js";

export function presentAccount(row: UserRow): Account {
  const role = row.role as Role;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role,
    organizationId: row.organization_id,
    locale: row.locale as Language,
    lastSignInAt: row.last_sign_in_at,
    remindersOptOut: row.reminders_opt_out === 1,
    abilities: { manageUsers: globalAbilitiesOf(role).manageUsers },
  };
}
