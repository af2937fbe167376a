import type { Kysely } from "kysely";
import type { UserCreate, UserListQuery } from "../../../contracts/auth.js";
import type { DB, NewUser } from "../../db/schema.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { assertNewPassword, hashPassword } from "../auth/passwords.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit } from "../audit/repository.js";
import { presentUser } from "./presenter.js";
import * as repo from "./repository.js";
import { userIdOf, type Caller } from "../../actor.js";

/** Every organization, program and partnership an account is tied to exists. */
export async function assertReferencesExist(
  db: Kysely<DB>,
  input: { organizationId?: string | null; programIds?: string[]; partnershipIds?: string[] },
) {
  if (input.organizationId && (await repo.countExisting(db, "organizations", [input.organizationId])) !== 1) {
    throw AppError.invalid("organizationId", text("field.noSuchOrganization"));
  }
  const programIds = [...new Set(input.programIds ?? [])];
  if ((await repo.countExisting(db, "programs", programIds)) !== programIds.length) {
    throw AppError.invalid("programIds", text("field.unknownProgram"));
  }
  const partnershipIds = [...new Set(input.partnershipIds ?? [])];
  if ((await repo.countExisting(db, "partnerships", partnershipIds)) !== partnershipIds.length) {
    throw AppError.invalid("partnershipIds", text("field.unknownPartnership"));
  }
}

/** A partner represents an organization, so a partner account needs one. */
export function assertRoleFits(role: string, organizationId: string | null | undefined) {
  if (role === "partner" && !organizationId) {
    throw AppError.invalid("organizationId", text("user.partnerNeedsOrganization"));
  }
}

/** An account as `caller` sees it, with what they may do with it. */
export async function getUser(db: Kysely<DB>, id: string, caller: Caller) {
  const row = await repo.findUserWithAdmins(db, id);
  if (!row) throw AppError.notFound("user");
  const { programs, partnerships } = await repo.assignmentsOf(db, [id]);
  return presentUser(
    row,
    caller,
    programs.map((p) => p.program_id),
    partnerships.map((p) => p.partnership_id),
  );
}

/** Accounts matching a search (name or email), a role and a status, a page at a time. */
export async function listUsers(db: Kysely<DB>, caller: Caller, query: UserListQuery) {
  const { rows, total } = await repo.listUsers(
    db,
    { q: query.q, role: query.role, disabled: query.disabled },
    query.pageSize,
    offsetOf(query),
  );
  const { programs, partnerships } = await repo.assignmentsOf(
    db,
    rows.map((row) => row.id),
  );
  const data = rows.map((row) =>
    presentUser(
      row,
      caller,
      programs.filter((p) => p.user_id === row.id).map((p) => p.program_id),
      partnerships.filter((p) => p.user_id === row.id).map((p) => p.partnership_id),
    ),
  );
  return pageFrom(data, total, query);
}

/** Creates an account, for an administrator or for the operator running the CLI on the server itself. */
export async function createUser(db: Kysely<DB>, input: UserCreate, createdBy: Caller) {
  assertRoleFits(input.role, input.organizationId);
  assertNewPassword(input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction().execute((trx) => insertAccount(trx, input, passwordHash, createdBy));
  return getUser(db, id, createdBy);
}

/**
 * Opens an account inside the caller's transaction: the email is free, what it is tied to exists, its
 * assignments are stored and the creation audited. Without a password hash nobody can sign in to it
 * until one is chosen (an invitation). Returns the new id.
 */
export async function insertAccount(
  trx: Kysely<DB>,
  input: Omit<UserCreate, "password">,
  passwordHash: string | null,
  createdBy: Caller,
  details?: Record<string, unknown>,
): Promise<string> {
  if (await repo.findUserIdByEmail(trx, input.email)) {
    throw new AppError("conflict", text("user.emailTaken", { email: input.email }), [
      { field: "email", message: text("user.emailRegistered") },
    ]);
  }
  await assertReferencesExist(trx, input);
  const at = now();
  const row: NewUser = {
    id: newId(),
    email: input.email,
    name: input.name,
    password_hash: passwordHash,
    role: input.role,
    organization_id: input.organizationId ?? null,
    locale: input.locale,
    disabled: 0,
    created_at: at,
    updated_at: at,
  };
  await repo.insertUser(trx, row);
  await repo.replaceProgramAssignments(trx, row.id, [...new Set(input.programIds)]);
  await repo.replacePartnershipAssignments(trx, row.id, [...new Set(input.partnershipIds)]);
  await recordAudit(trx, {
    userId: userIdOf(createdBy),
    action: "create",
    entity: "user",
    entityId: row.id,
    changes: insertChanges(row),
    ...(details ? { details } : {}),
  });
  return row.id;
}
