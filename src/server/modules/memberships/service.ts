import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../contracts/common.js";
import type { MembershipCreate, MembershipUpdate } from "../../../contracts/memberships.js";
import type { DB, MembershipPatch, NewMembership } from "../../db/schema.js";
import type { Actor, Caller } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import type { MembershipAction } from "../../../domain/access/abilities.js";
import * as scope from "../access/scope.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit, recordUpdate } from "../audit/repository.js";
import { findContact } from "../contacts/repository.js";
import { findVisibleOrganization } from "../organizations/repository.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { axisStagesAsJson } from "./axis-stages.js";
import { presentMembership } from "./presenter.js";
import * as repo from "./repository.js";

async function loadEditablePartnership(db: Kysely<DB>, actor: Actor, partnershipId: string) {
  const partnership = await loadPartnershipAccess(db, actor, partnershipId);
  if (partnership.can_manage_members !== 1) throw AppError.forbidden(text("membership.changeForbidden"));
  return partnership;
}

/**
 * A representative must be a contact of the member organization that the caller may already read: a
 * membership opens no contact to anyone before the organization confirms it, so naming one of its
 * people is not a way to see them. Checked once the membership is in place (and confirmed, if the caller
 * may confirm it), so that whoever could vouch for the organization may name its people at once.
 */
async function assertRepresentativeOf(db: Kysely<DB>, actor: Actor, organizationId: string, contactId: string | null | undefined) {
  if (!contactId) return;
  if (!(await findContact(db, organizationId, contactId))) {
    throw AppError.invalid("representativeContactId", text("membership.representativeNotContact"));
  }
  const readable = scope.rowScope(db, actor, "organization", "readContacts", organizationId);
  if (!(await findVisibleOrganization(db, organizationId, readable))) {
    throw AppError.invalid("representativeContactId", text("membership.representativeHidden"));
  }
}

/**
 * Confirms the given new memberships of a partnership wherever the caller may confirm them (an
 * administrator, a user of the organization, whoever registered it); the others await confirmation.
 */
export async function confirmWhereAllowed(db: Kysely<DB>, caller: Caller, partnershipId: string, ids: readonly string[], at: string) {
  return repo.confirmMemberships(db, ids, scope.membershipsOfPartnership(db, caller, "confirm", partnershipId), at);
}

/** The same for the memberships an import has just inserted, in any partnerships; the rows say which were confirmed, for the audit trail. */
export async function confirmAddedWhereAllowed(db: Kysely<DB>, caller: Caller, rows: NewMembership[], at: string): Promise<void> {
  const ids = rows.map((row) => row.id);
  const confirmed = new Set(await repo.confirmMemberships(db, ids, scope.scopeOf(db, caller, "membership", "confirm"), at));
  for (const row of rows) if (confirmed.has(row.id)) row.confirmed_at = at;
}

/** What the caller may do with the memberships of a partnership they can see. */
function membershipScopes(db: Kysely<DB>, actor: Actor, partnership: { id: string; can_manage_members: number }): repo.MembershipScopes {
  const of = (action: MembershipAction) => scope.membershipsOfPartnership(db, actor, action, partnership.id);
  return {
    contactsVisible: scope.scopeOf(db, actor, "organization", "readContacts"),
    manageMembers: partnership.can_manage_members === 1,
    readInvolvement: of("readInvolvement"),
    recordLeadView: of("recordLeadView"),
    recordPartnerView: of("recordPartnerView"),
    confirm: of("confirm"),
    readNotes: of("readNotes"),
    pledge: of("pledge"),
  };
}

/** One membership of a partnership the caller can see (404 otherwise), with what they may do with it. */
export async function getMembership(db: Kysely<DB>, actor: Actor, partnershipId: string, membershipId: string) {
  const partnership = await loadPartnershipAccess(db, actor, partnershipId);
  const row = await repo.findMembership(db, partnershipId, membershipId, membershipScopes(db, actor, partnership));
  if (!row) throw AppError.notFound("membership");
  return presentMembership(row);
}

export async function listMemberships(db: Kysely<DB>, actor: Actor, partnershipId: string, query: PaginationQuery) {
  const partnership = await loadPartnershipAccess(db, actor, partnershipId);
  const { rows, total } = await repo.listMemberships(
    db,
    partnershipId,
    membershipScopes(db, actor, partnership),
    query.pageSize,
    offsetOf(query),
  );
  return pageFrom(rows.map(presentMembership), total, query);
}

export async function addMember(db: Kysely<DB>, actor: Actor, partnershipId: string, input: MembershipCreate) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await loadEditablePartnership(trx, actor, partnershipId);
    const organization = await findVisibleOrganization(
      trx,
      input.organizationId,
      scope.rowScope(trx, actor, "organization", "read", input.organizationId),
    );
    if (!organization) throw AppError.invalid("organizationId", text("field.noSuchOrganization"));
    if (await repo.findMembershipOfOrganization(trx, partnershipId, input.organizationId)) {
      throw new AppError("conflict", text("membership.alreadyMember", { name: organization.name }), [
        { field: "organizationId", message: text("membership.alreadyMemberField") },
      ]);
    }
    const at = now();
    const row = {
      id,
      partnership_id: partnershipId,
      organization_id: input.organizationId,
      joined_on: input.joinedOn ?? null,
      left_on: input.leftOn ?? null,
      representative_contact_id: input.representativeContactId ?? null,
      origin: input.origin ?? null,
      is_new_partner: input.isNewPartner ? 1 : 0,
      notes: input.notes ?? null,
      is_critic: input.isCritic ? 1 : 0,
      axis_stages: axisStagesAsJson(input.axisStages ?? null),
      confirmed_at: null,
      created_at: at,
      updated_at: at,
    };
    await repo.insertMembership(trx, row);
    const confirmed = (await confirmWhereAllowed(trx, actor, partnershipId, [id], at)).length > 0;
    await assertRepresentativeOf(trx, actor, input.organizationId, input.representativeContactId);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "membership",
      entityId: id,
      partnershipId,
      organizationId: input.organizationId,
      changes: insertChanges({ ...row, partnership_id: undefined, confirmed_at: confirmed ? at : null }),
    });
  });
  return getMembership(db, actor, partnershipId, id);
}

export async function updateMember(db: Kysely<DB>, actor: Actor, partnershipId: string, membershipId: string, input: MembershipUpdate) {
  await db.transaction().execute(async (trx) => {
    await loadEditablePartnership(trx, actor, partnershipId);
    const current = await repo.findMembershipFields(trx, partnershipId, membershipId);
    if (!current) throw AppError.notFound("membership");
    await assertRepresentativeOf(trx, actor, current.organization_id, input.representativeContactId);
    const joinedOn = input.joinedOn === undefined ? current.joined_on : input.joinedOn;
    const leftOn = input.leftOn === undefined ? current.left_on : input.leftOn;
    if (joinedOn && leftOn && leftOn < joinedOn) throw AppError.invalid("leftOn", text("field.leftBeforeJoined"));

    const patch: MembershipPatch = { updated_at: now() };
    if (input.joinedOn !== undefined) patch.joined_on = input.joinedOn;
    if (input.leftOn !== undefined) patch.left_on = input.leftOn;
    if (input.representativeContactId !== undefined) patch.representative_contact_id = input.representativeContactId;
    if (input.origin !== undefined) patch.origin = input.origin;
    if (input.isNewPartner !== undefined) patch.is_new_partner = input.isNewPartner ? 1 : 0;
    if (input.notes !== undefined) patch.notes = input.notes;
    if (input.isCritic !== undefined) patch.is_critic = input.isCritic ? 1 : 0;
    if (input.axisStages !== undefined) patch.axis_stages = axisStagesAsJson(input.axisStages);
    const event = {
      userId: actor.userId,
      entity: "membership",
      entityId: membershipId,
      partnershipId,
      organizationId: current.organization_id,
    };
    await recordUpdate(trx, { ...event, current, patch }, () => repo.updateMembership(trx, membershipId, patch));
  });
  return getMembership(db, actor, partnershipId, membershipId);
}

export async function removeMember(db: Kysely<DB>, actor: Actor, partnershipId: string, membershipId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const partnership = await loadEditablePartnership(trx, actor, partnershipId);
    const current = await repo.findMembershipFields(trx, partnershipId, membershipId);
    if (!current) throw AppError.notFound("membership");
    if (current.organization_id === partnership.lead_organization_id) {
      throw new AppError("conflict", text("membership.leadRemoval", { name: current.organization_name }));
    }
    await repo.deleteMembership(trx, membershipId);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "delete",
      entity: "membership",
      entityId: membershipId,
      partnershipId,
      organizationId: current.organization_id,
      changes: { organizationId: [current.organization_id, null] },
    });
  });
}

/**
 * Confirms, for the member organization, that it takes part: from then on the partnership's staff have
 * their rights over its record and contacts. Confirming a confirmed membership changes nothing.
 */
export async function confirmMember(db: Kysely<DB>, actor: Actor, partnershipId: string, membershipId: string) {
  await db.transaction().execute(async (trx) => {
    const partnership = await loadPartnershipAccess(trx, actor, partnershipId);
    const row = await repo.findMembership(trx, partnershipId, membershipId, membershipScopes(trx, actor, partnership));
    if (!row) throw AppError.notFound("membership");
    if (row.can_confirm !== 1) throw AppError.forbidden(text("membership.confirmForbidden"));
    if (row.confirmed_at !== null) return;
    const at = now();
    await repo.confirmMemberships(trx, [membershipId], null, at);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "membership",
      entityId: membershipId,
      partnershipId,
      organizationId: row.organization_id,
      changes: { confirmedAt: [null, at] },
    });
  });
  return getMembership(db, actor, partnershipId, membershipId);
}
