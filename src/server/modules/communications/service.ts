import type { Kysely } from "kysely";
import type { CommunicationCreate, CommunicationListQuery, CommunicationUpdate } from "../../../contracts/communications.js";
import { reachOf } from "../../../domain/access/abilities.js";
import { isBoundToOwnOrganization, isTooLate, partyProblems, type PartyProblem } from "../../../domain/communications/parties.js";
import type { FieldValue } from "../../../domain/audit/changes.js";
import type { DB } from "../../db/schema.js";
import { isOperator, userIdOf, type Actor, type Caller } from "../../actor.js";
import { AppError, type FieldText } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { recordAudit } from "../audit/repository.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { presentCommunication } from "./presenter.js";
import * as repo from "./repository.js";

/** The organization a caller must name among the parties, when its right to log reaches only through it. */
function boundOrganization(caller: Caller): string | null {
  if (isOperator(caller) || !isBoundToOwnOrganization(reachOf(caller.role, "partnership", "logContacts"))) return null;
  return caller.organizationId ?? "";
}

/** Whether the caller may change an entry with these parties, given it may log contacts in the partnership. */
function mayChange(canLog: boolean, caller: Caller, partyIds: readonly string[]): boolean {
  if (!canLog) return false;
  const bound = boundOrganization(caller);
  return bound === null || partyIds.includes(bound);
}

function problemText(problem: PartyProblem): FieldText {
  switch (problem.kind) {
    case "notMember":
      return { field: `organizationIds.${problem.index}`, message: text("communication.notMember") };
    case "listedTwice":
      return { field: `organizationIds.${problem.index}`, message: text("communication.listedTwice") };
    case "tooFew":
      return { field: "organizationIds", message: text("communication.tooFew") };
    case "ownOrganizationMissing":
      return { field: "organizationIds", message: text("communication.ownOrganizationMissing") };
  }
}

/** Every problem with an entry's parties and date, as field problems (empty when it may be saved). */
export async function entryProblems(
  db: Kysely<DB>,
  caller: Caller,
  partnershipId: string,
  entry: { occurredOn: string; organizationIds: readonly string[] },
): Promise<FieldText[]> {
  return problemsAmong(await repo.memberIdsOf(db, partnershipId), caller, entry);
}

/** The same, given the partnership's members (an import loads them once for every row). */
export function problemsAmong(
  memberIds: ReadonlySet<string>,
  caller: Caller,
  entry: { occurredOn: string; organizationIds: readonly string[] },
): FieldText[] {
  const problems = partyProblems({ organizationIds: entry.organizationIds, memberIds, mustInclude: boundOrganization(caller) }).map(
    problemText,
  );
  if (isTooLate(entry.occurredOn, now().slice(0, 10))) problems.unshift({ field: "occurredOn", message: text("communication.tooLate") });
  return problems;
}

function refuse(problems: FieldText[]): void {
  const [first] = problems;
  if (first) throw new AppError("validation_failed", text("error.fieldProblem", { field: first.field, problem: first.message }), problems);
}

async function present(db: Kysely<DB>, actor: Actor, rows: repo.CommunicationRow[], canLog: boolean) {
  const parties = await repo.partiesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const own = parties.filter((party) => party.communication_id === row.id);
    return presentCommunication(row, own, {
      change: mayChange(
        canLog,
        actor,
        own.map((party) => party.organization_id),
      ),
    });
  });
}

export async function listCommunications(db: Kysely<DB>, actor: Actor, partnershipId: string, query: CommunicationListQuery) {
  const partnership = await loadPartnershipAccess(db, actor, partnershipId);
  const { rows, total } = await repo.listCommunications(db, partnershipId, query, query.pageSize, offsetOf(query));
  return pageFrom(await present(db, actor, rows, partnership.can_log_contacts === 1), total, query);
}

export async function getCommunication(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await repo.findCommunication(db, id);
  if (!row) throw AppError.notFound("communication");
  const partnership = await loadPartnershipAccess(db, actor, row.partnership_id);
  const [presented] = await present(db, actor, [row], partnership.can_log_contacts === 1);
  if (!presented) throw AppError.notFound("communication");
  return presented;
}

/** Logs one entry in a transaction already open; the caller's right to log in the partnership is checked before. */
export async function insertEntry(trx: Kysely<DB>, caller: Caller, partnershipId: string, input: CommunicationCreate): Promise<string> {
  const id = newId();
  const at = now();
  const row = {
    id,
    partnership_id: partnershipId,
    occurred_on: input.occurredOn,
    channel: input.channel,
    subject: input.subject,
    version: 1,
    created_at: at,
    updated_at: at,
    created_by: userIdOf(caller),
    updated_by: userIdOf(caller),
  };
  await repo.insertCommunication(trx, row, input.organizationIds);
  await recordAudit(trx, {
    userId: userIdOf(caller),
    action: "create",
    entity: "communication",
    entityId: id,
    partnershipId,
    changes: {
      occurredOn: [null, input.occurredOn],
      channel: [null, input.channel],
      subject: [null, input.subject],
      organizationIds: [null, [...input.organizationIds].sort().join(", ")],
    },
  });
  return id;
}

export async function createCommunication(db: Kysely<DB>, actor: Actor, partnershipId: string, input: CommunicationCreate) {
  const id = await db.transaction().execute(async (trx) => {
    const partnership = await loadPartnershipAccess(trx, actor, partnershipId);
    if (partnership.can_log_contacts !== 1) throw AppError.forbidden(text("communication.logForbidden"));
    refuse(await entryProblems(trx, actor, partnershipId, input));
    return insertEntry(trx, actor, partnershipId, input);
  });
  return getCommunication(db, actor, id);
}

/** The entry, if the caller reads it (else 404), once the caller is shown to be allowed to change it (else 403). */
async function loadChangeable(trx: Kysely<DB>, actor: Actor, id: string) {
  const current = await repo.findCommunication(trx, id);
  if (!current) throw AppError.notFound("communication");
  const partnership = await loadPartnershipAccess(trx, actor, current.partnership_id).catch((error: unknown) => {
    throw error instanceof AppError && error.code === "not_found" ? AppError.notFound("communication") : error;
  });
  const parties = await repo.partiesOf(trx, [id]);
  const partyIds = parties.map((party) => party.organization_id);
  if (!mayChange(partnership.can_log_contacts === 1, actor, partyIds)) throw AppError.forbidden(text("communication.changeForbidden"));
  return { current, partyIds };
}

export async function updateCommunication(db: Kysely<DB>, actor: Actor, id: string, input: CommunicationUpdate) {
  await db.transaction().execute(async (trx) => {
    const { current, partyIds } = await loadChangeable(trx, actor, id);
    const occurredOn = input.occurredOn ?? current.occurred_on;
    const organizationIds = input.organizationIds ?? partyIds;
    if (input.occurredOn !== undefined || input.organizationIds !== undefined) {
      refuse(await entryProblems(trx, actor, current.partnership_id, { occurredOn, organizationIds }));
    }
    const patch: repo.CommunicationPatch = { updated_at: now(), updated_by: actor.userId };
    const changes: Record<string, readonly [FieldValue, FieldValue]> = {};
    const change = (field: "occurred_on" | "channel" | "subject", name: string, value: string | undefined) => {
      if (value === undefined || value === current[field]) return;
      patch[field] = value;
      changes[name] = [current[field], value];
    };
    change("occurred_on", "occurredOn", input.occurredOn);
    change("channel", "channel", input.channel);
    change("subject", "subject", input.subject);
    const before = [...partyIds].sort().join(", ");
    const after = [...organizationIds].sort().join(", ");
    if (before !== after) changes.organizationIds = [before, after];
    if (input.version !== current.version) throw AppError.stale();
    // A save that changes nothing writes nothing: no new version, no audit event.
    if (Object.keys(changes).length === 0) return;
    if (!(await repo.updateCommunication(trx, id, input.version, patch))) throw AppError.stale();
    if (before !== after) await repo.replaceParties(trx, id, current.partnership_id, organizationIds);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "communication",
      entityId: id,
      partnershipId: current.partnership_id,
      changes,
    });
  });
  return getCommunication(db, actor, id);
}

export async function deleteCommunication(db: Kysely<DB>, actor: Actor, id: string, version: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { current, partyIds } = await loadChangeable(trx, actor, id);
    if (!(await repo.deleteCommunication(trx, id, version))) throw AppError.stale();
    await recordAudit(trx, {
      userId: actor.userId,
      action: "delete",
      entity: "communication",
      entityId: id,
      partnershipId: current.partnership_id,
      changes: {
        occurredOn: [current.occurred_on, null],
        channel: [current.channel, null],
        subject: [current.subject, null],
        organizationIds: [[...partyIds].sort().join(", "), null],
      },
    });
  });
}
