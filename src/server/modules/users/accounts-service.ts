// Accounts by email for the command line: disabling one signs it out everywhere and revokes its API
// tokens (access-service.ts), enabling it lets it sign in again, with new tokens only. `by` is null
// for the operator on the server.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import { updateUser } from "./access-service.js";
import * as repo from "./repository.js";
import { getUser } from "./service.js";
import type { Caller } from "../../actor.js";

/** The id of the account with this email, or a not-found error naming it. */
export async function userIdByEmail(db: Kysely<DB>, email: string): Promise<string> {
  const found = await repo.findUserIdByEmail(db, email);
  if (!found) throw new AppError("not_found", text("error.userNotFound", { email }));
  return found.id;
}

/**
 * Disables or enables an account through the same change an administrator makes on the Users page, so
 * the last active administrator stays enabled here too. Nothing changes when it already is so.
 */
export async function setAccountDisabled(db: Kysely<DB>, userId: string, disabled: boolean, by: Caller) {
  const current = await repo.findUser(db, userId);
  if (!current) throw AppError.notFound("user");
  if ((current.disabled === 1) === disabled) return { user: await getUser(db, userId, by), changed: false };
  return { user: await updateUser(db, userId, { disabled }, by), changed: true };
}
