// From rows to records: each row's member found (or added), repeated rows refused, and each record
// compared with what is stored, so that a file imported twice changes nothing the second time.
import type { Kysely } from "kysely";
import type { Counts } from "../../../../contracts/imports.js";
import type { Perspective } from "../../../../contracts/involvement.js";
import type { Rubric } from "../../../../domain/typology/rubric.js";
import { PROJECT_INDICATOR_KEYS, type ProjectIndicatorKey } from "../../../../domain/typology/indicators.js";
import type { DB, NewInvolvementRecord } from "../../../db/schema.js";
import { newId } from "../../../ids.js";
import { Pacer } from "../../../pacing.js";
import { text } from "../../../messages/render.js";
import { answeredFields, answersOf } from "../../involvement/stored-classification.js";
import { rubricForProgram } from "../../typology/service.js";
import { insertChanges, patchChanges } from "../../audit/changes.js";
import type { ImportAudit } from "../audit.js";
import type { Problems } from "../problems.js";
import * as repo from "../repository.js";
import type { Resolver } from "../resolve.js";
import type { RowReader } from "../row-reader.js";
import { sameAnswers, type InvolvementColumn, type InvolvementRow } from "./rows.js";

export type ReadRow = { reader: RowReader<InvolvementColumn>; row: InvolvementRow };

type Resolved = {
  reader: RowReader<InvolvementColumn>;
  row: InvolvementRow;
  programId: string;
  partnershipId: string;
  organizationId: string;
  membershipId: string;
  isNewMembership: boolean;
  perspective: Perspective;
  round: string;
};

/** Finds or adds each row's program, organization, partnership and membership, reporting what cannot be. */
async function resolveRows(resolver: Resolver, rows: ReadRow[]): Promise<Resolved[]> {
  const resolved: Resolved[] = [];
  const pacer = new Pacer();
  for (const { reader, row } of rows) {
    await pacer.pause();
    if (row.program === undefined || row.partnership === undefined || row.organization === undefined) continue;
    const program = resolver.program(reader, "program", row.program);
    const organization = resolver.organization(reader, "organization", row.organization, row.sector, "sector");
    if (!program || !organization) continue;
    // A partnership the file is the first to name is led by the organization of the first row naming it.
    const partnership = resolver.partnership(reader, "partnership", program, row.partnership, () => organization);
    if (!partnership || row.perspective === undefined || row.round === undefined) continue;
    const membership = resolver.references.membership(partnership.id, organization.id);
    resolved.push({
      reader,
      row,
      programId: program.id,
      partnershipId: partnership.id,
      organizationId: organization.id,
      membershipId: membership.id,
      isNewMembership: membership.isNew,
      perspective: row.perspective,
      round: row.round,
    });
  }
  return resolved;
}

/** A member's view of a round may appear once in a file: a second row would silently win over the first. */
async function reportRepeats(resolved: Resolved[]): Promise<void> {
  const first = new Map<string, number>();
  const pacer = new Pacer();
  for (const entry of resolved) {
    await pacer.pause();
    const key = `${entry.membershipId}|${entry.perspective}|${entry.round}`;
    const line = first.get(key);
    if (line === undefined) first.set(key, entry.row.line);
    else {
      entry.reader.report("organization", text("import.repeatInvolvement", { line, perspective: entry.perspective, round: entry.round }));
    }
  }
}

type StoredRecord = Awaited<ReturnType<typeof repo.involvementOfMemberships>>[number];

async function storedRecords(db: Kysely<DB>, resolved: Resolved[]): Promise<Map<string, StoredRecord>> {
  const existingMemberships = resolved.filter((entry) => !entry.isNewMembership).map((entry) => entry.membershipId);
  const records = await repo.involvementOfMemberships(db, existingMemberships);
  return new Map(records.map((record) => [`${record.membership_id}|${record.perspective}|${record.round}`, record]));
}

/** A record the import adds or replaces: where it goes, and the answers it holds. */
export type RecordChange = {
  id: string;
  /** The stored record it replaces, if any. */
  stored: StoredRecord | undefined;
  programId: string;
  partnershipId: string;
  organizationId: string;
  membershipId: string;
  perspective: Perspective;
  round: string;
  respondent: string | null;
  answeredOn: string | null;
  answers: Record<ProjectIndicatorKey, boolean | null>;
};

export type InvolvementPlan = { changes: RecordChange[]; counts: Counts };

/**
 * The records that change. A row equal to the stored record (answers, and the respondent and date
 * when the file has those columns) is left alone, so that importing a file twice changes nothing.
 */
export async function planInvolvement(db: Kysely<DB>, resolver: Resolver, rows: ReadRow[], problems: Problems): Promise<InvolvementPlan> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const resolved = await resolveRows(resolver, rows);
  await reportRepeats(resolved);
  if (!problems.isEmpty) return { changes: [], counts };

  const stored = await storedRecords(db, resolved);
  const changes: RecordChange[] = [];
  const pacer = new Pacer();
  for (const { row, programId, partnershipId, organizationId, membershipId, perspective, round } of resolved) {
    const existing = stored.get(`${membershipId}|${perspective}|${round}`);
    const respondent = row.respondent === undefined ? (existing?.respondent ?? null) : row.respondent;
    const answeredOn = row.answeredOn === undefined ? (existing?.answered_on ?? null) : row.answeredOn;
    await pacer.pause();
    if (
      existing &&
      sameAnswers(row.answers, answersOf(existing)) &&
      respondent === existing.respondent &&
      answeredOn === existing.answered_on
    ) {
      counts.unchanged += 1;
      continue;
    }
    changes.push({
      id: existing?.id ?? newId(),
      stored: existing,
      programId,
      partnershipId,
      organizationId,
      membershipId,
      perspective,
      round,
      respondent,
      answeredOn,
      answers: row.answers,
    });
    counts[existing ? "updated" : "created"] += 1;
  }
  return { changes, counts };
}

/**
 * The rows to write for the changes, each classified with its program's rubric exactly as saving it
 * through the API would. Equal answers under one rubric classify alike, so each pair is classified once.
 */
export async function recordRows(
  db: Kysely<DB>,
  changes: RecordChange[],
  rights: { userId: string | null },
  at: string,
  audit: ImportAudit,
): Promise<NewInvolvementRecord[]> {
  const rubrics = new Map<string, Rubric>();
  const classified = new Map<string, ReturnType<typeof answeredFields>>();
  const rows: NewInvolvementRecord[] = [];
  const pacer = new Pacer();
  for (const change of changes) {
    await pacer.pause();
    const rubric = rubrics.get(change.programId) ?? (await rubricForProgram(db, change.programId));
    rubrics.set(change.programId, rubric);
    const key = `${rubric.id}@${rubric.version}|${PROJECT_INDICATOR_KEYS.map((indicator) => String(change.answers[indicator])).join(",")}`;
    const classification = classified.get(key) ?? answeredFields(rubric, { indicators: change.answers }, at);
    classified.set(key, classification);
    const fields = { ...classification, respondent: change.respondent, answered_on: change.answeredOn, updated_by: rights.userId };
    const { id, membershipId, perspective, round } = change;
    rows.push({ id, membership_id: membershipId, perspective, round, created_by: rights.userId, created_at: at, ...fields });
    audit.add(change.stored ? "update" : "create", "involvement_record", id, {
      links: { partnershipId: change.partnershipId, organizationId: change.organizationId },
      changes: change.stored ? patchChanges(change.stored, fields) : insertChanges({ perspective, round, ...fields }),
      details: { membershipId, perspective, round },
    });
  }
  return rows;
}
