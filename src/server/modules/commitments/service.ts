// The ledger's use cases: list, pledge, read with its history, edit, and move a commitment. Every write
// is one transaction with its event and its audit entry; the rules are the domain's, whatever the client sends.
import type { Kysely } from "kysely";
import type { CommitmentCreate, CommitmentListQuery, CommitmentMove, CommitmentUpdate } from "../../../contracts/commitments.js";
import { applyMove, checkMove, checkPledge, type LedgerProblem } from "../../../domain/commitments/checks.js";
import { COMMITMENT_STATUSES, isFinal } from "../../../domain/commitments/statuses.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import type { DB } from "../../db/schema.js";
import type { Actor, Caller } from "../../actor.js";
import { userIdOf } from "../../actor.js";
import { AppError, validationError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import * as scope from "../access/scope.js";
import { insertChanges, patchChanges } from "../audit/changes.js";
import { recordAudit } from "../audit/repository.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { storedKey } from "../partnerships/stored-keys.js";
import { presentCommitment, presentEvent } from "./presenter.js";
import * as repo from "./repository.js";

/** Today in UTC, the date every "not in the future" is checked against. */
export function today(): string {
  return now().slice(0, 10);
}

function pledgeScope(db: Kysely<DB>, caller: Caller, partnershipId: string) {
  return scope.membershipsOfPartnership(db, caller, "pledge", partnershipId);
}

function refuse(problems: LedgerProblem[]): never {
  throw validationError(problems.map((problem) => ({ field: problem.field, message: text(`ledger.${problem.key}`, problem.values) })));
}

/** A commitment of a partnership the caller reads, with what they may do with it; 404 otherwise. */
async function loadCommitment(db: Kysely<DB>, caller: Caller, id: string) {
  const partnershipId = await repo.partnershipOfCommitment(db, id);
  if (partnershipId === undefined) throw AppError.notFound("commitment");
  const readable = scope.rowScope(db, caller, "partnership", "read", partnershipId);
  if (readable !== null && !(await db.selectFrom(readable.as("r")).select("r.id").executeTakeFirst())) {
    throw AppError.notFound("commitment");
  }
  const row = await repo.findCommitment(db, id, pledgeScope(db, caller, partnershipId));
  if (!row) throw AppError.notFound("commitment");
  return row;
}

export async function listCommitments(db: Kysely<DB>, actor: Actor, partnershipId: string, query: CommitmentListQuery) {
  await loadPartnershipAccess(db, actor, partnershipId);
  const filters = {
    status: query.status,
    organizationId: query.organizationId,
    axis: query.axis,
    overdueBefore: query.overdue ? today() : undefined,
  };
  const { rows, total } = await repo.listCommitments(
    db,
    partnershipId,
    filters,
    pledgeScope(db, actor, partnershipId),
    query.pageSize,
    offsetOf(query),
  );
  return pageFrom(rows.map(presentCommitment), total, query);
}

export async function getCommitment(db: Kysely<DB>, caller: Caller, id: string) {
  const row = await loadCommitment(db, caller, id);
  const events = await repo.listEvents(db, id);
  return { ...presentCommitment(row), events: events.map(presentEvent) };
}

/** The goal, objective and meeting a commitment names must be the partnership's own (and the objective the goal's). */
async function checkLinks(
  db: Kysely<DB>,
  partnershipId: string,
  links: { goalId?: string | null; objectiveId?: string | null; meetingId?: string | null },
): Promise<void> {
  const problems: { field: string; key: "ledger.notInPartnership" | "ledger.objectiveOfOtherGoal" }[] = [];
  if (links.goalId && !(await repo.findPlanLink(db, "plan_goals", partnershipId, links.goalId))) {
    problems.push({ field: "goalId", key: "ledger.notInPartnership" });
  }
  if (links.objectiveId) {
    if (!(await repo.findPlanLink(db, "plan_objectives", partnershipId, links.objectiveId))) {
      problems.push({ field: "objectiveId", key: "ledger.notInPartnership" });
    } else if (links.goalId && (await repo.findObjectiveGoal(db, links.objectiveId))?.goal_id !== links.goalId) {
      problems.push({ field: "objectiveId", key: "ledger.objectiveOfOtherGoal" });
    }
  }
  if (links.meetingId && !(await repo.findPlanLink(db, "meetings", partnershipId, links.meetingId))) {
    problems.push({ field: "meetingId", key: "ledger.notInPartnership" });
  }
  if (problems.length > 0) throw validationError(problems.map((problem) => ({ field: problem.field, message: text(problem.key) })));
}

async function assertUniqueDescription(
  db: Kysely<DB>,
  partnershipId: string,
  organizationId: string,
  description: string,
  except?: string,
) {
  const existing = await repo.findCommitmentByDescription(db, partnershipId, organizationId, nameKey(description));
  if (existing && existing.id !== except) {
    throw new AppError("conflict", text("ledger.alreadyPledged"), [{ field: "description", message: text("ledger.alreadyPledgedField") }]);
  }
}

export async function createCommitment(db: Kysely<DB>, actor: Actor, partnershipId: string, input: CommitmentCreate) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await loadPartnershipAccess(trx, actor, partnershipId);
    const membership = await repo.findMembershipId(trx, partnershipId, input.organizationId);
    if (!membership) throw AppError.invalid("organizationId", text("ledger.notMember"));
    if (!(await repo.membershipInScope(trx, membership.id, pledgeScope(trx, actor, partnershipId)))) {
      throw AppError.forbidden(text("ledger.changeForbidden"));
    }
    const problems = checkPledge(input, today());
    if (problems.length > 0) refuse(problems);
    await checkLinks(trx, partnershipId, input);
    await assertUniqueDescription(trx, partnershipId, input.organizationId, input.description);
    const at = now();
    const row: DB["commitments"] = {
      id,
      partnership_id: partnershipId,
      organization_id: input.organizationId,
      description: input.description,
      description_key: nameKey(input.description),
      axis: input.axis,
      goal_id: input.goalId ?? null,
      objective_id: input.objectiveId ?? null,
      meeting_id: input.meetingId ?? null,
      pledged_on: input.pledgedOn,
      due_on: input.dueOn,
      current_due_on: input.dueOn,
      status: "pledged",
      status_on: input.pledgedOn,
      delivered_on: null,
      withdrawn_on: null,
      first_slipped_on: null,
      evidence: null,
      evidence_url: null,
      version: 1,
      created_at: at,
      created_by: actor.userId,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertCommitment(trx, row);
    await repo.insertEvents(trx, [pledgeEvent(row, actor.userId, at)]);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "commitment",
      entityId: id,
      partnershipId,
      organizationId: input.organizationId,
      changes: insertChanges({
        organization_id: row.organization_id,
        description: row.description,
        axis: row.axis,
        goal_id: row.goal_id,
        objective_id: row.objective_id,
        meeting_id: row.meeting_id,
        pledged_on: row.pledged_on,
        due_on: row.due_on,
        status: row.status,
      }),
    });
  });
  return getCommitment(db, actor, id);
}

/** The event of a pledge: from nothing to pledged, on the day pledged. */
export function pledgeEvent(row: DB["commitments"], userId: string | null, at: string): DB["commitment_events"] {
  return {
    id: newId(),
    commitment_id: row.id,
    partnership_id: row.partnership_id,
    at,
    user_id: userId,
    from_status: null,
    to_status: "pledged",
    effective_on: row.pledged_on,
    due_before: null,
    due_after: row.due_on,
    reason: null,
    evidence: null,
    evidence_url: null,
    meeting_id: row.meeting_id,
  };
}

async function loadChangeable(db: Kysely<DB>, caller: Caller, id: string, version: number) {
  const row = await loadCommitment(db, caller, id);
  if (row.can_pledge !== 1) throw AppError.forbidden(text("ledger.changeForbidden"));
  if (row.version !== version) throw AppError.stale();
  return row;
}

export async function updateCommitment(db: Kysely<DB>, actor: Actor, id: string, input: CommitmentUpdate) {
  await db.transaction().execute(async (trx) => {
    const current = await loadChangeable(trx, actor, id, input.version);
    if (isFinal(storedKey(COMMITMENT_STATUSES, current.status) ?? "pledged")) {
      throw new AppError("conflict", text("ledger.finalNotEditable"));
    }
    const goalId = input.goalId === undefined ? current.goal_id : input.goalId;
    const objectiveId = input.objectiveId === undefined ? current.objective_id : input.objectiveId;
    await checkLinks(trx, current.partnership_id, {
      goalId: input.goalId === undefined && input.objectiveId === undefined ? undefined : goalId,
      objectiveId: input.objectiveId === undefined && input.goalId === undefined ? undefined : objectiveId,
    });
    const patch: Partial<DB["commitments"]> = {};
    if (input.description !== undefined) {
      await assertUniqueDescription(trx, current.partnership_id, current.organization_id, input.description, id);
      Object.assign(patch, { description: input.description, description_key: nameKey(input.description) });
    }
    if (input.axis !== undefined) patch.axis = input.axis;
    if (input.goalId !== undefined) patch.goal_id = input.goalId;
    if (input.objectiveId !== undefined) patch.objective_id = input.objectiveId;
    const changes = patchChanges(current, patch);
    if (Object.keys(changes).length === 0) return;
    const written = await repo.updateCommitment(trx, id, input.version, { ...patch, updated_at: now(), updated_by: actor.userId });
    if (!written) throw AppError.stale();
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "commitment",
      entityId: id,
      partnershipId: current.partnership_id,
      organizationId: current.organization_id,
      changes,
    });
  });
  return getCommitment(db, actor, id);
}

export async function moveCommitment(db: Kysely<DB>, caller: Caller, id: string, input: CommitmentMove) {
  await db.transaction().execute(async (trx) => {
    const current = await loadChangeable(trx, caller, id, input.version);
    const checked = checkMove(
      {
        status: storedKey(COMMITMENT_STATUSES, current.status) ?? "pledged",
        pledgedOn: current.pledged_on,
        currentDueOn: current.current_due_on,
        statusOn: current.status_on,
      },
      input,
      today(),
    );
    if (!checked.ok) refuse(checked.problems);
    const effect = checked.value;
    const applied = applyMove({ firstSlippedOn: current.first_slipped_on }, effect);
    const patch: Partial<DB["commitments"]> = { status: applied.status, status_on: applied.statusOn };
    if (applied.currentDueOn !== undefined) patch.current_due_on = applied.currentDueOn;
    if (applied.firstSlippedOn !== undefined) patch.first_slipped_on = applied.firstSlippedOn;
    if (applied.deliveredOn !== undefined) patch.delivered_on = applied.deliveredOn;
    if (applied.withdrawnOn !== undefined) patch.withdrawn_on = applied.withdrawnOn;
    if (applied.evidence !== undefined) patch.evidence = applied.evidence;
    if (applied.evidenceUrl !== undefined) patch.evidence_url = applied.evidenceUrl;
    const at = now();
    const userId = userIdOf(caller);
    const changes = patchChanges(current, patch);
    if (!(await repo.updateCommitment(trx, id, input.version, { ...patch, updated_at: at, updated_by: userId }))) throw AppError.stale();
    await repo.insertEvents(trx, [
      {
        id: newId(),
        commitment_id: id,
        partnership_id: current.partnership_id,
        at,
        user_id: userId,
        from_status: effect.from,
        to_status: effect.to,
        effective_on: effect.on,
        due_before: effect.dueBefore,
        due_after: effect.dueAfter,
        reason: effect.reason,
        evidence: effect.evidence,
        evidence_url: effect.evidenceUrl,
        meeting_id: null,
      },
    ]);
    await recordAudit(trx, {
      userId,
      action: "update",
      entity: "commitment",
      entityId: id,
      partnershipId: current.partnership_id,
      organizationId: current.organization_id,
      changes,
      details: { move: `${effect.from}→${effect.to}`, ...(effect.reason ? { reason: effect.reason } : {}) },
    });
  });
  return getCommitment(db, caller, id);
}
