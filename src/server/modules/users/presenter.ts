import type { User } from "../../../contracts/auth.js";
import type { Language, Role } from "../../../domain/vocabulary.js";
import type { UserRow } from "../../db/schema.js";

export function presentUser(row: UserRow, programIds: string[], partnershipIds: string[]): User {
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
  };
}
