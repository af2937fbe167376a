import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../contracts/common.js";
import type { InvolvementUpsert, Perspective } from "../../../contracts/involvement.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import type { MembershipAction } from "../../../domain/access/abilities.js";
import * as scope from "../access/scope.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit, recordUpdate } from "../audit/repository.js";
import { rubricForProgram } from "../typology/service.js";
import { presentRecord } from "./presenter.js";
import * as repo from "./repository.js";
import { answeredFields } from "./stored-classification.js";

export type RecordAddress = { partnershipId: string; membershipId: string; perspective: Perspective; round: string };

/** The membership (404 unless its partnership is visible and it belongs there) with the caller's rights over its involvement. */
async function loadMembershipAccess(db: Kysely<DB>, actor: Actor, partnershipId: string, membershipId: string) {
  const of = (action: MembershipAction) => scope.membershipsOfPartnership(db, actor, action, partnershipId);
  const access = await repo.findMembershipAccess(db, partnershipId, membershipId, {
    visible: scope.rowScope(db, actor, "partnership", "read", partnershipId),
    readable: of("readInvolvement"),
    lead: of("recordLeadView"),
    partner: of("recordPartnerView"),
  });
  if (!access) throw AppError.notFound("membership");
  return access;
}

async function loadWritableMembership(db: Kysely<DB>, actor: Actor, address: RecordAddress) {
  const access = await loadMembershipAccess(db, actor, address.partnershipId, address.membershipId);
  const canWrite = address.perspective === "lead" ? access.can_write_lead : access.can_write_partner;
  if (canWrite !== 1) {
    throw AppError.forbidden(
      address.perspective === "lead" ? text("involvement.leadViewForbidden") : text("involvement.partnerViewForbidden"),
    );
  }
  // The checklist is what a partner did with the lead; the lead has no checklist about itself.
  if (access.organization_id === access.lead_organization_id) throw new AppError("conflict", text("involvement.aboutLead"));
  return access;
}

export async function listInvolvement(db: Kysely<DB>, actor: Actor, partnershipId: string, membershipId: string, query: PaginationQuery) {
  const access = await loadMembershipAccess(db, actor, partnershipId, membershipId);
  if (access.can_read !== 1) throw AppError.forbidden(text("involvement.ownOrganizationOnly"));
  const { rows, total } = await repo.listRecordsOfMembership(db, membershipId, query.pageSize, offsetOf(query));
  return pageFrom(
    rows.map((row) => presentRecord(row, { lead: access.can_write_lead === 1, partner: access.can_write_partner === 1 })),
    total,
    query,
  );
}

/** The member a record is about, as the writer needs it. */
export type RecordTarget = { organizationId: string; programId: string };
/** Who saves a record: a signed-in user, or nobody (a survey's respondent, whose answers arrive through their link). */
export type RecordAuthor = { userId: string | null; details?: Record<string, unknown> };

/**
 * Records one perspective's answers for a round, replacing earlier ones, and classifies them with the
 * program's rubric as it is now. The result is stored with the rubric version that produced it. Runs in
 * the caller's transaction; the same answers again change nothing and leave no event.
 */
export async function writeInvolvementRecord(
  trx: Kysely<DB>,
  target: RecordTarget,
  address: RecordAddress,
  input: InvolvementUpsert,
  author: RecordAuthor,
): Promise<{ id: string; created: boolean }> {
  const at = now();
  const fields = { ...answeredFields(await rubricForProgram(trx, target.programId), input, at), updated_by: author.userId };
  const existing = await repo.findRecord(trx, address.membershipId, address.perspective, address.round);
  const recordId = existing?.id ?? newId();
  const event = {
    userId: author.userId,
    entity: "involvement_record",
    entityId: recordId,
    partnershipId: address.partnershipId,
    organizationId: target.organizationId,
    details: { membershipId: address.membershipId, perspective: address.perspective, round: address.round, ...author.details },
  };
  if (existing) {
    // The same answers again change nothing: the record keeps its classification time and the trail no event.
    await recordUpdate(trx, { ...event, current: existing, patch: fields }, () => repo.updateRecord(trx, recordId, fields));
  } else {
    await repo.insertRecord(trx, {
      id: recordId,
      membership_id: address.membershipId,
      perspective: address.perspective,
      round: address.round,
      created_by: author.userId,
      created_at: at,
      ...fields,
    });
    await recordAudit(trx, {
      ...event,
      action: "create",
      changes: insertChanges({ perspective: address.perspective, round: address.round, ...fields }),
    });
  }
  return { id: recordId, created: !existing };
}

/** Saves a perspective's answers for a signed-in user holding that perspective's right over the membership. */
export async function saveInvolvement(db: Kysely<DB>, actor: Actor, address: RecordAddress, input: InvolvementUpsert) {
  // Saving needs the perspective's right, which is then also the right to change or remove the record.
  const { id, created } = await db.transaction().execute(async (trx) => {
    const access = await loadWritableMembership(trx, actor, address);
    return writeInvolvementRecord(trx, { organizationId: access.organization_id, programId: access.program_id }, address, input, {
      userId: actor.userId,
    });
  });
  const writable = { lead: address.perspective === "lead", partner: address.perspective === "partner" };
  return { record: presentRecord(await repo.findRecordById(db, id), writable), created };
}

/**
 * The answers of a submitted involvement checklist as the member's record for that perspective and
 * round, saved by nobody (the respondent has no account), the survey round named in the trail. Null
 * when the membership is not in the partnership or is the lead's own (the lead has no checklist about itself).
 */
export async function recordSurveyInvolvement(
  trx: Kysely<DB>,
  address: RecordAddress,
  input: InvolvementUpsert,
  survey: { roundId: string; label: string },
): Promise<{ id: string; created: boolean } | null> {
  const member = await repo.findMembershipOfPartnership(trx, address.partnershipId, address.membershipId);
  if (!member || member.organization_id === member.lead_organization_id) return null;
  return writeInvolvementRecord(trx, { organizationId: member.organization_id, programId: member.program_id }, address, input, {
    userId: null,
    details: { surveyRound: { id: survey.roundId, label: survey.label } },
  });
}

export async function removeInvolvement(db: Kysely<DB>, actor: Actor, address: RecordAddress): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const access = await loadWritableMembership(trx, actor, address);
    const existing = await repo.findRecord(trx, address.membershipId, address.perspective, address.round);
    if (!existing) throw AppError.notFound("involvementRecord");
    await repo.deleteRecord(trx, existing.id);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "delete",
      entity: "involvement_record",
      entityId: existing.id,
      partnershipId: address.partnershipId,
      organizationId: access.organization_id,
      changes: { type: [existing.type, null] },
      details: { membershipId: address.membershipId, perspective: address.perspective, round: address.round },
    });
  });
}
