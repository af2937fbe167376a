import type { Kysely } from "kysely";
import type { PartnershipCreate, PartnershipListQuery, PartnershipUpdate } from "../../../contracts/partnerships.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import type { DB, PartnershipPatch } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import type { PartnershipAction } from "../../../domain/access/abilities.js";
import * as scope from "../access/scope.js";
import type { RowScope, Scope } from "../access/scope.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit, recordUpdate } from "../audit/repository.js";
import * as memberships from "../memberships/repository.js";
import { findVisibleOrganization } from "../organizations/repository.js";
import { findProgramAccess } from "../programs/repository.js";
import { presentPartnership } from "./presenter.js";
import * as repo from "./repository.js";

const ACTIONS = [
  "update",
  "delete",
  "manageMembers",
  "classify",
  "editCharter",
  "managePlan",
  "manageMeetings",
  "logContacts",
  "runSurveys",
] as const;

/** The caller's scopes over every partnership, for a list. */
function listScopes(db: Kysely<DB>, actor: Actor): repo.PartnershipScopes {
  const of = (action: PartnershipAction) => scope.scopeOf(db, actor, "partnership", action);
  return { visible: of("read"), ...abilityScopes(of) };
}

/** The caller's scopes narrowed to one partnership. */
export function partnershipRowScopes(db: Kysely<DB>, actor: Actor, id: string): repo.PartnershipScopes<RowScope> {
  const of = (action: PartnershipAction) => scope.rowScope(db, actor, "partnership", action, id);
  return { visible: of("read"), ...abilityScopes(of) };
}

function abilityScopes<S extends Scope>(of: (action: PartnershipAction) => S) {
  return Object.fromEntries(ACTIONS.map((action) => [action, of(action)])) as Record<(typeof ACTIONS)[number], S>;
}

export async function listPartnerships(db: Kysely<DB>, actor: Actor, query: PartnershipListQuery) {
  const { rows, total } = await repo.listPartnerships(db, query, listScopes(db, actor), query.pageSize, offsetOf(query));
  return pageFrom(rows.map(presentPartnership), total, query);
}

export async function getPartnership(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await repo.findPartnership(db, id, partnershipRowScopes(db, actor, id));
  if (!row) throw AppError.notFound("partnership");
  return presentPartnership(row);
}

/** The partnership if the caller may see it (else 404), with what they may do to it. */
export async function loadPartnershipAccess(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await repo.findPartnershipAccess(db, id, partnershipRowScopes(db, actor, id));
  if (!row) throw AppError.notFound("partnership");
  return row;
}

async function assertProgramOpen(db: Kysely<DB>, actor: Actor, programId: string): Promise<void> {
  const program = await findProgramAccess(db, programId, scope.rowScope(db, actor, "program", "openPartnerships", programId));
  if (!program) throw AppError.invalid("programId", text("field.noSuchProgram"));
  if (program.is_open !== 1) {
    throw new AppError("forbidden", text("partnership.programNotAssigned"), [
      { field: "programId", message: text("field.programNotAssigned") },
    ]);
  }
}

async function assertLeadVisible(db: Kysely<DB>, actor: Actor, organizationId: string): Promise<void> {
  if (!(await findVisibleOrganization(db, organizationId, scope.rowScope(db, actor, "organization", "read", organizationId)))) {
    throw AppError.invalid("leadOrganizationId", text("field.noSuchOrganization"));
  }
}

/**
 * The lead always takes part: it is added as a member when it is not one already. Like any other member,
 * it is confirmed at once only where the caller may confirm it (an administrator, a user of the lead
 * organization, whoever registered it); otherwise opening the partnership gives no right over the lead's
 * record and contacts until the lead confirms.
 */
async function ensureLeadIsMember(db: Kysely<DB>, actor: Actor, partnershipId: string, organizationId: string): Promise<void> {
  if (await memberships.findMembershipOfOrganization(db, partnershipId, organizationId)) return;
  const at = now();
  const id = newId();
  await memberships.insertMembership(db, {
    id,
    partnership_id: partnershipId,
    organization_id: organizationId,
    joined_on: null,
    left_on: null,
    representative_contact_id: null,
    origin: null,
    is_new_partner: 0,
    notes: null,
    confirmed_at: null,
    created_at: at,
    updated_at: at,
  });
  await memberships.confirmMemberships(db, [id], scope.membershipsOfPartnership(db, actor, "confirm", partnershipId), at);
}

function keysAsJson(keys: readonly string[]): string {
  return JSON.stringify([...new Set(keys)]);
}

export async function createPartnership(db: Kysely<DB>, actor: Actor, input: PartnershipCreate) {
  if (!scope.may(actor, "createPartnerships")) throw AppError.forbidden(text("partnership.createForbidden"));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await assertProgramOpen(trx, actor, input.programId);
    await assertLeadVisible(trx, actor, input.leadOrganizationId);
    const at = now();
    const row = {
      id,
      program_id: input.programId,
      name: input.name,
      name_key: nameKey(input.name),
      lead_organization_id: input.leadOrganizationId,
      region: input.region ?? null,
      priority_groups: keysAsJson(input.priorityGroups),
      focus_issues: keysAsJson(input.focusIssues),
      start_date: input.startDate ?? null,
      end_date: input.endDate ?? null,
      funding_end_date: input.fundingEndDate ?? null,
      status: input.status,
      description: input.description ?? null,
      created_at: at,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertPartnership(trx, row);
    await ensureLeadIsMember(trx, actor, id, input.leadOrganizationId);
    // Otherwise a coordinator would create a partnership they could not see.
    if (actor.role === "coordinator") await repo.addCoordinator(trx, id, actor.userId);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "partnership",
      entityId: id,
      partnershipId: id,
      changes: insertChanges(row),
    });
  });
  return getPartnership(db, actor, id);
}

export async function updatePartnership(db: Kysely<DB>, actor: Actor, id: string, input: PartnershipUpdate) {
  await db.transaction().execute(async (trx) => {
    const current = await loadPartnershipAccess(trx, actor, id);
    if (current.can_update !== 1) throw AppError.forbidden(text("partnership.changeForbidden"));
    if (input.programId !== undefined && input.programId !== current.program_id) await assertProgramOpen(trx, actor, input.programId);
    if (input.leadOrganizationId !== undefined && input.leadOrganizationId !== current.lead_organization_id) {
      await assertLeadVisible(trx, actor, input.leadOrganizationId);
      await ensureLeadIsMember(trx, actor, id, input.leadOrganizationId);
    }
    const startDate = input.startDate === undefined ? current.start_date : input.startDate;
    const endDate = input.endDate === undefined ? current.end_date : input.endDate;
    if (startDate && endDate && endDate < startDate) throw AppError.invalid("endDate", text("field.endBeforeStart"));

    const patch: PartnershipPatch = { updated_at: now(), updated_by: actor.userId };
    if (input.name !== undefined) Object.assign(patch, { name: input.name, name_key: nameKey(input.name) });
    if (input.programId !== undefined) patch.program_id = input.programId;
    if (input.leadOrganizationId !== undefined) patch.lead_organization_id = input.leadOrganizationId;
    if (input.region !== undefined) patch.region = input.region;
    if (input.priorityGroups !== undefined) patch.priority_groups = keysAsJson(input.priorityGroups);
    if (input.focusIssues !== undefined) patch.focus_issues = keysAsJson(input.focusIssues);
    if (input.startDate !== undefined) patch.start_date = input.startDate;
    if (input.endDate !== undefined) patch.end_date = input.endDate;
    if (input.fundingEndDate !== undefined) patch.funding_end_date = input.fundingEndDate;
    if (input.status !== undefined) patch.status = input.status;
    if (input.description !== undefined) patch.description = input.description;
    await recordUpdate(trx, { userId: actor.userId, entity: "partnership", entityId: id, partnershipId: id, current, patch }, () =>
      repo.updatePartnership(trx, id, patch),
    );
  });
  return getPartnership(db, actor, id);
}

/** Deletes a partnership that no organization but its lead belongs to; the lead's membership goes with it. */
export async function deletePartnership(db: Kysely<DB>, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await loadPartnershipAccess(trx, actor, id);
    if (current.can_delete !== 1) throw AppError.forbidden(text("partnership.deleteForbidden"));
    const others = await memberships.countMembersOtherThan(trx, id, current.lead_organization_id);
    if (others > 0) {
      throw new AppError("in_use", text("partnership.hasMembers", { name: current.name, count: others }));
    }
    await memberships.deleteMembershipsOfPartnership(trx, id);
    await repo.deletePartnership(trx, id);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "delete",
      entity: "partnership",
      entityId: id,
      partnershipId: id,
      changes: { name: [current.name, null] },
    });
  });
}
