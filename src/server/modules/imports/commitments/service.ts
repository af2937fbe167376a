// `convene import commitments` and POST /api/v1/imports/commitments: a file of commitments, read and
// checked in full, then written in one transaction, or not at all. A commitment is found again by its
// partnership, organization and description compared like names, so that a second import of the same
// file changes nothing; a row whose state moved on is written as the move that reaches it.
import type { Kysely } from "kysely";
import { COMMITMENT_COLUMNS, IMPORT_ROW_LIMIT } from "../../../../contracts/imports.js";
import { checkMove } from "../../../../domain/commitments/checks.js";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "../../../../domain/commitments/statuses.js";
import { nameKey } from "../../../../domain/registry/name-key.js";
import type { DB } from "../../../db/schema.js";
import type { Caller } from "../../../actor.js";
import { newId, now } from "../../../ids.js";
import { Pacer } from "../../../pacing.js";
import { text } from "../../../messages/render.js";
import * as scope from "../../access/scope.js";
import { insertChanges, patchChanges } from "../../audit/changes.js";
import { pledgeEvent, today as todayUtc } from "../../commitments/service.js";
import { storedKey } from "../../partnerships/stored-keys.js";
import { ImportAudit } from "../audit.js";
import { matchHeader } from "../header.js";
import { Problems, quoted } from "../problems.js";
import { References } from "../references.js";
import { emptyReport, failedReport, type ImportOutcome } from "../report.js";
import * as repo from "../repository.js";
import { RowReader } from "../row-reader.js";
import { withinImport } from "../transaction.js";
import { readFileTable, type ImportFile } from "../upload-file.js";
import { userIdOf } from "../../../actor.js";
import { readCommitmentRow, type CommitmentColumn, type CommitmentRow } from "./rows.js";
import * as ledger from "./repository.js";

type Read = { reader: RowReader<CommitmentColumn>; row: CommitmentRow };
type Resolved = Read & { partnershipId: string; organizationId: string; key: string };

/** Finds each row's program, partnership (within the caller's reach) and member, reporting what cannot be. */
function resolveRows(references: References, rows: Read[], rights: { partnerships: Set<string> | null; pledge: Set<string> | null }) {
  const memberships = new Map(
    [...references.stored.memberships.values()].map((row) => [`${row.partnership_id}|${row.organization_id}`, row.id]),
  );
  const resolved: Resolved[] = [];
  for (const { reader, row } of rows) {
    if (row.program === undefined || row.partnership === undefined || row.organization === undefined) continue;
    const programs = references.programsNamed(row.program);
    const [program] = programs;
    if (programs.length !== 1 || !program) {
      reader.report(
        "program",
        text(programs.length > 1 ? "import.programAmbiguous" : "import.programUnknown", {
          codes: programs.map((p) => p.code).join(", "),
          got: quoted(row.program),
        }),
      );
      continue;
    }
    const partnerships = references
      .partnershipsNamed(program.id, row.partnership)
      .filter((partnership) => rights.partnerships === null || rights.partnerships.has(partnership.id));
    const [partnership] = partnerships;
    if (partnerships.length !== 1 || !partnership) {
      reader.report("partnership", text("ledger.import.partnershipUnknown", { got: quoted(row.partnership) }));
      continue;
    }
    const organizations = references.organizationsNamed(row.organization);
    const member = organizations.find((organization) => memberships.has(`${partnership.id}|${organization.id}`));
    if (!member) {
      const key = organizations.length === 0 ? "ledger.import.organizationUnknown" : "ledger.import.notMember";
      reader.report("organization", text(key, { organization: row.organization, got: quoted(row.organization) }));
      continue;
    }
    const membershipId = memberships.get(`${partnership.id}|${member.id}`) ?? "";
    if (rights.pledge !== null && !rights.pledge.has(membershipId)) {
      reader.report("organization", text("ledger.changeForbidden"));
      continue;
    }
    resolved.push({
      reader,
      row,
      partnershipId: partnership.id,
      organizationId: member.id,
      key: `${partnership.id}|${member.id}|${nameKey(row.description)}`,
    });
  }
  return resolved;
}

/** The stored state a row's state is compared with. */
function sameState(row: CommitmentRow, stored: ledger.StoredCommitment): boolean {
  const move = row.move;
  return (
    stored.status === row.status &&
    stored.current_due_on === (move?.dueAfter ?? row.dueOn) &&
    stored.status_on === (move?.on ?? row.pledgedOn) &&
    stored.delivered_on === (row.status === "delivered" ? (move?.on ?? null) : null) &&
    stored.withdrawn_on === (row.status === "withdrawn" ? (move?.on ?? null) : null) &&
    (row.status !== "delivered" || stored.evidence === (move?.evidence ?? null))
  );
}

export async function importCommitments(
  db: Kysely<DB>,
  caller: Caller,
  file: ImportFile,
  options: { dryRun: boolean },
): Promise<ImportOutcome> {
  const kind = "commitments";
  const problems = new Problems();
  const table = await readFileTable(file, problems, { maxRows: IMPORT_ROW_LIMIT });
  if (!table) return failedReport(kind, options.dryRun, 0, problems);
  const columns = matchHeader<CommitmentColumn>(table.header, COMMITMENT_COLUMNS, problems);
  if (!columns) return failedReport(kind, options.dryRun, table.rows.length, problems);
  const today = todayUtc();
  const rows: Read[] = [];
  const names = { organizations: [] as string[], partnerships: [] as string[] };
  const pacer = new Pacer();
  for (const tableRow of table.rows) {
    const reader = new RowReader(tableRow, columns, problems);
    columns.checkUnnamed(tableRow, problems);
    const before = problems.count;
    const row = readCommitmentRow(reader, today);
    if (row && problems.count === before) rows.push({ reader, row });
    const organization = columns.filled(tableRow, "organization");
    const partnership = columns.filled(tableRow, "partnership");
    if (organization) names.organizations.push(organization);
    if (partnership) names.partnerships.push(partnership);
    await pacer.pause();
  }

  return withinImport(db, options.dryRun, async (trx) => {
    const at = now();
    const userId = userIdOf(caller);
    const references = await References.load(trx, names, at, userId);
    const [partnerships, pledge] = await Promise.all([
      repo.idsInScope(trx, scope.scopeOf(trx, caller, "partnership", "read")),
      repo.idsInScope(trx, scope.scopeOf(trx, caller, "membership", "pledge")),
    ]);
    const resolved = resolveRows(references, rows, { partnerships, pledge });
    const firstLine = new Map<string, number>();
    for (const entry of resolved) {
      const line = firstLine.get(entry.key);
      if (line === undefined) firstLine.set(entry.key, entry.row.line);
      else entry.reader.report("description", text("ledger.import.repeat", { line }));
    }
    if (!problems.isEmpty) return failedReport(kind, options.dryRun, table.rows.length, problems);

    const stored = new Map(
      (await ledger.commitmentsOf(trx, [...new Set(resolved.map((entry) => entry.partnershipId))])).map((row) => [
        `${row.partnership_id}|${row.organization_id}|${row.description_key}`,
        row,
      ]),
    );
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const inserts: DB["commitments"][] = [];
    const events: DB["commitment_events"][] = [];
    const updates: { id: string; version: number; patch: Partial<DB["commitments"]> }[] = [];
    const audit = new ImportAudit(userId, at);
    for (const { reader, row, partnershipId, organizationId, key } of resolved) {
      await pacer.pause();
      const existing = stored.get(key);
      const moveEvent = (commitmentId: string, effect: NonNullable<CommitmentRow["move"]>): DB["commitment_events"] => ({
        id: newId(),
        commitment_id: commitmentId,
        partnership_id: partnershipId,
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
      });
      if (!existing) {
        const move = row.move;
        const commitment: DB["commitments"] = {
          id: newId(),
          partnership_id: partnershipId,
          organization_id: organizationId,
          description: row.description,
          description_key: nameKey(row.description),
          axis: row.axis,
          goal_id: null,
          objective_id: null,
          meeting_id: null,
          pledged_on: row.pledgedOn,
          due_on: row.dueOn,
          current_due_on: move?.dueAfter ?? row.dueOn,
          status: row.status,
          status_on: move?.on ?? row.pledgedOn,
          delivered_on: row.status === "delivered" ? (move?.on ?? null) : null,
          withdrawn_on: row.status === "withdrawn" ? (move?.on ?? null) : null,
          first_slipped_on: row.status === "slipped" ? (move?.on ?? null) : null,
          evidence: move?.evidence ?? null,
          evidence_url: null,
          version: 1,
          created_at: at,
          created_by: userId,
          updated_at: at,
          updated_by: userId,
        };
        inserts.push(commitment);
        events.push(pledgeEvent(commitment, userId, at));
        if (move) events.push(moveEvent(commitment.id, move));
        audit.add("create", "commitment", commitment.id, {
          links: { partnershipId, organizationId },
          changes: insertChanges({
            description: row.description,
            axis: row.axis,
            pledged_on: row.pledgedOn,
            due_on: row.dueOn,
            status: row.status,
          }),
        });
        counts.created += 1;
        continue;
      }
      const patch: Partial<DB["commitments"]> = {};
      if (existing.pledged_on !== row.pledgedOn)
        reader.report("pledged_on", text("ledger.import.pledgeFixed", { stored: existing.pledged_on }));
      if (existing.due_on !== row.dueOn) reader.report("due_on", text("ledger.import.pledgeFixed", { stored: existing.due_on }));
      if (existing.axis !== row.axis) patch.axis = row.axis;
      if (existing.description !== row.description) patch.description = row.description;
      if (!sameState(row, existing) && row.move) {
        // The file's state, reached from the stored one by one allowed move.
        const status = storedKey(COMMITMENT_STATUSES, existing.status) ?? "pledged";
        const checked = checkMove(
          { status, pledgedOn: existing.pledged_on, currentDueOn: existing.current_due_on, statusOn: existing.status_on },
          { to: row.status, on: row.move.on, dueOn: row.move.dueAfter, reason: row.move.reason, evidence: row.move.evidence },
          today,
        );
        if (!checked.ok) {
          for (const problem of checked.problems) {
            const column: CommitmentColumn =
              problem.field === "dueOn"
                ? "current_due_on"
                : problem.field === "on"
                  ? row.status === "delivered"
                    ? "delivered_on"
                    : "status_on"
                  : problem.field === "to"
                    ? "status"
                    : "reason";
            reader.report(column, text(`ledger.${problem.key}`, problem.values));
          }
          continue;
        }
        const effect = checked.value;
        Object.assign(patch, { status: effect.to satisfies CommitmentStatus, status_on: effect.on });
        if (effect.dueAfter) patch.current_due_on = effect.dueAfter;
        if (effect.to === "slipped" && existing.first_slipped_on === null) patch.first_slipped_on = effect.on;
        if (effect.to === "delivered") Object.assign(patch, { delivered_on: effect.on, evidence: effect.evidence });
        if (effect.to === "withdrawn") patch.withdrawn_on = effect.on;
        events.push(moveEvent(existing.id, effect));
      } else if (!sameState(row, existing)) {
        reader.report("status", text("ledger.moveNotAllowed", { from: existing.status, to: row.status }));
        continue;
      }
      if (Object.keys(patch).length === 0) {
        counts.unchanged += 1;
        continue;
      }
      if (patch.description !== undefined) patch.description_key = nameKey(patch.description);
      updates.push({ id: existing.id, version: existing.version, patch: { ...patch, updated_at: at, updated_by: userId } });
      audit.add("update", "commitment", existing.id, {
        links: { partnershipId, organizationId },
        changes: patchChanges({ ...existing }, patch),
      });
      counts.updated += 1;
    }
    if (!problems.isEmpty) return failedReport(kind, options.dryRun, table.rows.length, problems);
    const base = emptyReport(kind, options.dryRun);
    const report: ImportOutcome = { ...base, rows: table.rows.length, counts: { ...base.counts, commitments: counts } };
    if (options.dryRun || inserts.length + updates.length === 0) return report;
    await ledger.insertCommitments(trx, inserts);
    await ledger.updateCommitments(trx, updates);
    await ledger.insertEvents(trx, events);
    audit.addImport(kind, { file: file.name, rows: table.rows.length, counts: report.counts });
    await repo.insertAuditEvents(trx, audit.events);
    return { ...report, written: true };
  });
}
