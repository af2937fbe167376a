import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../contracts/common.js";
import type { CharterSave } from "../../../contracts/charter.js";
import { diffCharters, type CharterContent } from "../../../domain/charter/diff.js";
import { latestTypes } from "../../../domain/charter/latest-round.js";
import type { Changes } from "../../../domain/audit/changes.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { recordAudit } from "../audit/repository.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { presentCharter, presentRevision, presentRevisionSummary } from "./presenter.js";
import * as repo from "./repository.js";

/** The charter of a partnership the caller can see (404 otherwise); an empty one at version 0 until it is written. */
export async function getCharter(db: Kysely<DB>, actor: Actor, partnershipId: string) {
  const access = await loadPartnershipAccess(db, actor, partnershipId);
  const [header, members, records] = await Promise.all([
    repo.findCharterHeader(db, partnershipId),
    repo.listCharterMembers(db, partnershipId),
    repo.listMeasuredTypes(db, partnershipId),
  ]);
  return presentCharter(header, members, latestTypes(records), access.can_edit_charter === 1);
}

function storedContent(header: repo.CharterHeaderRow, members: repo.CharterMemberRow[]): CharterContent | null {
  if (header.version === null) return null;
  return {
    need: header.need,
    vision: header.vision,
    mission: header.mission,
    values: header.values,
    formality: header.formality,
    governance: header.governance,
    decisionMaking: header.decision_making,
    conflictResolution: header.conflict_resolution,
    members: members
      .filter((member) => member.charter_organization_id !== null)
      .map((member) => ({
        organizationId: member.organization_id,
        organizationName: member.organization_name,
        gains: member.gains,
        intendedRole: member.intended_role,
        expectations: member.expectations,
      })),
  };
}

/** The charter as written, each listed organization checked to be a member (400 naming members.N.organizationId). */
function writtenContent(input: CharterSave, members: repo.CharterMemberRow[]): CharterContent {
  const names = new Map(members.map((member) => [member.organization_id, member.organization_name]));
  const seen = new Set<string>();
  return {
    need: input.need,
    vision: input.vision,
    mission: input.mission,
    values: input.values,
    formality: input.formality ?? null,
    governance: input.governance ?? null,
    decisionMaking: input.decisionMaking ?? null,
    conflictResolution: input.conflictResolution ?? null,
    members: input.members.map((member, index) => {
      const field = `members.${index}.organizationId`;
      const name = names.get(member.organizationId);
      if (name === undefined) throw AppError.invalid(field, text("charter.notMember"));
      if (seen.has(member.organizationId)) throw AppError.invalid(field, text("charter.duplicateMember"));
      seen.add(member.organizationId);
      return {
        organizationId: member.organizationId,
        organizationName: name,
        gains: member.gains ?? null,
        intendedRole: member.intendedRole ?? null,
        expectations: member.expectations ?? null,
      };
    }),
  };
}

function auditChanges(before: CharterContent | null, after: CharterContent, from: number, to: number): Changes {
  const diff = diffCharters(before, after);
  const changes: Record<string, readonly [string | number | null, string | number | null]> = { version: [from || null, to] };
  for (const change of diff.fields) changes[change.field] = [change.before, change.after];
  for (const member of diff.members) {
    for (const change of member.fields) changes[`members.${member.organizationId}.${change.field}`] = [change.before, change.after];
    if (member.fields.length === 0)
      changes[`members.${member.organizationId}`] = [member.change === "added" ? null : member.change, member.change];
  }
  return changes;
}

/**
 * Writes the whole charter over the version the caller read (none for the first save): a save over a
 * newer version, or a first save when one exists, is refused as stale. Each save keeps a revision with
 * the whole charter and an audit event, in the same transaction.
 */
export async function saveCharter(db: Kysely<DB>, actor: Actor, partnershipId: string, input: CharterSave) {
  const created = await db.transaction().execute(async (trx) => {
    const access = await loadPartnershipAccess(trx, actor, partnershipId);
    if (access.can_edit_charter !== 1) throw AppError.forbidden(text("charter.editForbidden"));
    const [header, members] = await Promise.all([repo.findCharterHeader(trx, partnershipId), repo.listCharterMembers(trx, partnershipId)]);
    const content = writtenContent(input, members);
    const read = input.version ?? 0;
    const stored = header.version ?? 0;
    if (read !== stored) throw AppError.stale();
    const at = now();
    const fields = {
      need: content.need ?? "",
      vision: content.vision ?? "",
      mission: content.mission ?? "",
      values: content.values ?? "",
      formality: content.formality,
      governance: content.governance,
      decision_making: content.decisionMaking,
      conflict_resolution: content.conflictResolution,
    };
    if (stored === 0) await repo.insertCharter(trx, partnershipId, fields, actor.userId, at);
    else if (!(await repo.updateCharter(trx, partnershipId, stored, fields, actor.userId, at))) throw AppError.stale();
    await repo.replaceCharterMembers(
      trx,
      partnershipId,
      content.members.map((member) => ({
        organization_id: member.organizationId,
        gains: member.gains,
        intended_role: member.intendedRole,
        expectations: member.expectations,
      })),
    );
    await repo.insertRevision(trx, {
      id: newId(),
      partnership_id: partnershipId,
      version: stored + 1,
      content: JSON.stringify(content),
      saved_at: at,
      saved_by: actor.userId,
    });
    await recordAudit(trx, {
      userId: actor.userId,
      action: stored === 0 ? "create" : "update",
      entity: "charter",
      entityId: partnershipId,
      partnershipId,
      changes: auditChanges(storedContent(header, members), content, stored, stored + 1),
    });
    return stored === 0;
  });
  return { charter: await getCharter(db, actor, partnershipId), created };
}

export async function listRevisions(db: Kysely<DB>, actor: Actor, partnershipId: string, query: PaginationQuery) {
  await loadPartnershipAccess(db, actor, partnershipId);
  const { rows, before, total } = await repo.pageOfRevisions(db, partnershipId, query.pageSize, offsetOf(query));
  return pageFrom(
    rows.map((row, index) => presentRevisionSummary(row, rows[index + 1] ?? before)),
    total,
    query,
  );
}

export async function getRevision(db: Kysely<DB>, actor: Actor, partnershipId: string, version: number) {
  await loadPartnershipAccess(db, actor, partnershipId);
  const [row, previous] = await repo.findRevisionAndPrevious(db, partnershipId, version);
  if (!row || row.version !== version) throw AppError.notFound("charterRevision");
  return presentRevision(row, previous);
}
