import type { CurrentUser } from "../../../contracts/auth.js";
import type { Actor } from "../../actor.js";

export function presentCurrentUser(actor: Actor): CurrentUser {
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    organizationId: actor.organizationId,
    locale: actor.locale,
  };
}

/** A live token; whoever may list it (its owner, an administrator) may also revoke it. */
export function presentToken(row: { id: string; name: string; prefix: string; created_at: string; last_used_at: string | null }) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    abilities: { revoke: true },
  };
}
