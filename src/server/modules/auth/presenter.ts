import type { CurrentUser, Session } from "../../../contracts/auth.js";
import { globalAbilitiesOf } from "../../../domain/access/abilities.js";
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

/** The signed-in user, their session's CSRF token ("" for an API token) and what their role may do. */
export function presentSession(actor: Actor, csrfToken: string): Session {
  return { user: presentCurrentUser(actor), csrfToken, abilities: { ...globalAbilitiesOf(actor.role) } };
}

/** A live token; whoever may list it (its owner, an administrator) may also revoke it. */
export function presentToken(row: {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    abilities: { revoke: true },
  };
}
