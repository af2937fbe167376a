// Changing what an account may reach: its role, organization, programs and partnerships, and whether
// it may sign in at all. One transaction per change, audited with each field before and after.
import type { Kysely } from "kysely";
import type { UserUpdate } from "../../../contracts/auth.js";
import type { DB, NewUser } from "../../db/schema.js";
import { AppError } from "../../app-error.js";
import { now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { deleteSessionsOfUser, revokeTokensOfUser } from "../auth/repository.js";
import type { FieldValue } from "../../../domain/audit/changes.js";
import { recordAudit } from "../audit/repository.js";
import * as repo from "./repository.js";
import { assertReferencesExist, assertRoleFits, getUser } from "./service.js";
import { userIdOf, type Caller } from "../../actor.js";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Applies a change to an account. The last active administrator can be neither demoted nor disabled
 * (by anyone, themself included), so that somebody can always manage accounts.
 * `updatedBy` is the administrator, or the operator running the command line on the server itself.
 */
export async function updateUser(db: Kysely<DB>, id: string, input: UserUpdate, updatedBy: Caller) {
  await db.transaction().execute(async (trx) => {
    const current = await repo.findUser(trx, id);
    if (!current) throw AppError.notFound("user");
    const isActiveAdmin = current.role === "admin" && current.disabled === 0;
    const demoted = input.role !== undefined && input.role !== "admin";
    const disabled = input.disabled === true;
    if (isActiveAdmin && (demoted || disabled) && (await repo.lockActiveAdmins(trx)) <= 1) {
      throw AppError.invalid(demoted ? "role" : "disabled", text("user.lastAdmin"));
    }
    const organizationId = input.organizationId === undefined ? current.organization_id : input.organizationId;
    const role = input.role ?? current.role;
    assertRoleFits(role, organizationId);
    // The permission to export individual responses belongs to evaluators: given to no one else, and gone with the role.
    if (input.responseExport != null && role !== "evaluator")
      throw AppError.invalid("responseExport", text("user.responseExportEvaluators"));
    const responseExport = role === "evaluator" ? input.responseExport : current.response_export === null ? undefined : null;
    await assertReferencesExist(trx, input);

    const before = await repo.assignmentsOf(trx, [id]);
    const changes: Record<string, readonly [FieldValue, FieldValue]> = {};
    const patch: Partial<NewUser> = {};
    const compare = <K extends keyof NewUser>(field: string, column: K, value: NewUser[K] | undefined) => {
      if (value === undefined || value === current[column as keyof typeof current]) return;
      patch[column] = value;
      changes[field] = [current[column as keyof typeof current] ?? null, value ?? null];
    };
    compare("name", "name", input.name);
    compare("role", "role", input.role);
    compare("organizationId", "organization_id", input.organizationId);
    compare("locale", "locale", input.locale);
    compare("responseExport", "response_export", responseExport);
    compare("disabled", "disabled", input.disabled === undefined ? undefined : input.disabled ? 1 : 0);
    if (changes.disabled) changes.disabled = [current.disabled === 1, input.disabled === true];

    const programIds = input.programIds && [...new Set(input.programIds)];
    const oldPrograms = before.programs.map((row) => row.program_id);
    if (programIds && !sameSet(programIds, oldPrograms)) {
      await repo.replaceProgramAssignments(trx, id, programIds);
      changes.programIds = [oldPrograms, programIds];
    }
    const partnershipIds = input.partnershipIds && [...new Set(input.partnershipIds)];
    const oldPartnerships = before.partnerships.map((row) => row.partnership_id);
    if (partnershipIds && !sameSet(partnershipIds, oldPartnerships)) {
      await repo.replacePartnershipAssignments(trx, id, partnershipIds);
      changes.partnershipIds = [oldPartnerships, partnershipIds];
    }
    if (Object.keys(changes).length === 0) return;

    const at = now();
    await repo.updateUser(trx, id, { ...patch, updated_at: at });
    // A disabled account is signed out everywhere; a new role starts with a fresh sign-in.
    if (changes.disabled?.[1] === true || changes.role) await deleteSessionsOfUser(trx, id);
    // Its tokens are revoked, not just ignored while it is disabled: enabling it again revives none of
    // them (one may have leaked meanwhile), and its owner makes new ones.
    const revokedTokens = changes.disabled?.[1] === true ? await revokeTokensOfUser(trx, id, at) : 0;
    await recordAudit(trx, {
      userId: userIdOf(updatedBy),
      action: "update",
      entity: "user",
      entityId: id,
      changes,
      ...(revokedTokens > 0 ? { context: { revokedTokens } } : {}),
    });
  });
  return getUser(db, id, updatedBy);
}
