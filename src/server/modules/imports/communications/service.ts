// `convene import communications`: a file of contacts between members, read and checked in full, then
// written in one transaction, or not at all. A row equal to an entry already logged (same partnership,
// date, channel, subject and organizations) is that entry, so importing a file twice adds nothing.
import type { Kysely } from "kysely";
import { COMMUNICATION_COLUMNS, IMPORT_ROW_LIMIT } from "../../../../contracts/imports.js";
import { communicationCreateSchema, type CommunicationCreate } from "../../../../contracts/communications.js";
import { COMMUNICATION_CHANNELS } from "../../../../domain/communications/channels.js";
import { nameKey } from "../../../../domain/registry/name-key.js";
import type { DB } from "../../../db/schema.js";
import type { Caller } from "../../../actor.js";
import { now } from "../../../ids.js";
import { text } from "../../../messages/render.js";
import { Pacer } from "../../../pacing.js";
import * as scope from "../../access/scope.js";
import { insertEntry, problemsAmong } from "../../communications/service.js";
import { ImportAudit } from "../audit.js";
import { matchHeader } from "../header.js";
import { Problems, quoted } from "../problems.js";
import { References } from "../references.js";
import { emptyReport, failedReport, type ImportOutcome } from "../report.js";
import * as imports from "../repository.js";
import { loadImportRights } from "../rights.js";
import { RowReader } from "../row-reader.js";
import { withinImport } from "../transaction.js";
import { readFileTable, type ImportFile } from "../upload-file.js";
import { entriesBetween, membersOf } from "./repository.js";

type Column = (typeof COMMUNICATION_COLUMNS)["required"][number];
type Row = {
  reader: RowReader<Column>;
  program?: string | undefined;
  partnership?: string | undefined;
  organizations: string[];
  entry: Partial<CommunicationCreate>;
};

const shape = communicationCreateSchema.shape;

function readRow(reader: RowReader<Column>): Row {
  const program = reader.required("program");
  const partnership = reader.required("partnership");
  const occurredOn = reader.parsed("date", shape.occurredOn);
  const cell = reader.required("organizations");
  const organizations = (cell ?? "")
    .split(";")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const channel = reader.key("channel", COMMUNICATION_CHANNELS);
  if (channel === null) reader.report("channel", text("validation.required"));
  const subject = reader.parsed("subject", shape.subject);
  return { reader, program, partnership, organizations, entry: { occurredOn, channel: channel ?? undefined, subject } };
}

const identity = (entry: {
  partnershipId: string;
  occurredOn: string;
  channel: string;
  subject: string;
  organizationIds: readonly string[];
}) => [entry.partnershipId, entry.occurredOn, entry.channel, entry.subject, ...[...entry.organizationIds].sort()].join("|");

/**
 * Imports contacts between members from a CSV or XLSX file (first sheet). Every name must already be
 * registered: the partnership (where the caller may log contacts) and each organization (a member of it).
 */
export async function importCommunications(db: Kysely<DB>, caller: Caller, file: ImportFile, options: { dryRun: boolean }) {
  const problems = new Problems();
  const table = await readFileTable(file, problems, { maxRows: IMPORT_ROW_LIMIT });
  if (!table) return failedReport("communications", options.dryRun, 0, problems);
  const columns = matchHeader<Column>(table.header, COMMUNICATION_COLUMNS, problems);
  if (!columns) return failedReport("communications", options.dryRun, table.rows.length, problems);
  const pacer = new Pacer();
  const rows: Row[] = [];
  for (const cells of table.rows) {
    const reader = new RowReader(cells, columns, problems);
    columns.checkUnnamed(cells, problems);
    rows.push(readRow(reader));
    await pacer.pause();
  }

  return withinImport(db, options.dryRun, async (trx): Promise<ImportOutcome> => {
    const rights = await loadImportRights(trx, caller);
    const at = now();
    const names = { organizations: [], partnerships: rows.flatMap((row) => (row.partnership ? [row.partnership] : [])) };
    const references = await References.load(trx, names, at, rights.userId);
    const loggable = await imports.idsInScope(trx, scope.scopeOf(trx, caller, "partnership", "logContacts"));

    // Each row's partnership, among those where the caller may log contacts.
    const partnershipOf = new Map<Row, string>();
    for (const row of rows) {
      await pacer.pause();
      if (row.program === undefined || row.partnership === undefined) continue;
      // Programs are matched by code or name alone: the partnership decides what the caller may do.
      const programs = references.programsNamed(row.program);
      if (programs.length === 0) {
        row.reader.report("program", text("import.programUnknown", { got: quoted(row.program) }));
        continue;
      }
      const name = row.partnership;
      const found = programs
        .flatMap((program) => references.partnershipsNamed(program.id, name))
        .filter((partnership) => loggable === null || loggable.has(partnership.id));
      const [only] = found;
      if (found.length === 1 && only) partnershipOf.set(row, only.id);
      else row.reader.report("partnership", text("import.communicationPartnership", { got: quoted(row.partnership) }));
    }
    const members = new Map<string, string[]>();
    const memberIds = new Map<string, Set<string>>();
    for (const member of await membersOf(trx, [...new Set(partnershipOf.values())])) {
      const key = `${member.partnership_id}|${member.name_key}`;
      members.set(key, [...(members.get(key) ?? []), member.id]);
      memberIds.set(member.partnership_id, (memberIds.get(member.partnership_id) ?? new Set<string>()).add(member.id));
    }

    const entries: { row: Row; partnershipId: string; input: CommunicationCreate }[] = [];
    for (const row of rows) {
      await pacer.pause();
      const partnershipId = partnershipOf.get(row);
      if (partnershipId === undefined) continue;
      const organizationIds: string[] = [];
      for (const name of row.organizations) {
        const found = members.get(`${partnershipId}|${nameKey(name)}`) ?? [];
        const [only] = found;
        if (found.length === 1 && only) organizationIds.push(only);
        else
          row.reader.report(
            "organizations",
            text(found.length === 0 ? "import.communicationNotMember" : "import.communicationAmbiguous", { got: quoted(name) }),
          );
      }
      if (organizationIds.length !== row.organizations.length) continue;
      const { occurredOn, channel, subject } = row.entry;
      if (occurredOn === undefined || channel === undefined || subject === undefined) continue;
      const input = { occurredOn, channel, subject, organizationIds };
      for (const problem of problemsAmong(memberIds.get(partnershipId) ?? new Set(), caller, input)) {
        row.reader.report(problem.field === "occurredOn" ? "date" : "organizations", problem.message);
      }
      entries.push({ row, partnershipId, input });
    }
    if (!problems.isEmpty) return failedReport("communications", options.dryRun, rows.length, problems);

    const dates = entries.map((entry) => entry.input.occurredOn).sort();
    const stored = new Map<
      string,
      { partnershipId: string; occurredOn: string; channel: string; subject: string; organizationIds: string[] }
    >();
    const partnerships = [...new Set(entries.map((entry) => entry.partnershipId))];
    for (const row of await entriesBetween(trx, partnerships, dates[0] ?? "", dates.at(-1) ?? "")) {
      const entry = stored.get(row.id) ?? {
        partnershipId: row.partnership_id,
        occurredOn: row.occurred_on,
        channel: row.channel,
        subject: row.subject,
        organizationIds: [],
      };
      entry.organizationIds.push(row.organization_id);
      stored.set(row.id, entry);
    }
    const logged = new Set([...stored.values()].map(identity));
    const firstLine = new Map<string, number>();
    const toAdd: typeof entries = [];
    let unchanged = 0;
    for (const entry of entries) {
      const key = identity({ partnershipId: entry.partnershipId, ...entry.input });
      const line = firstLine.get(key);
      if (line !== undefined) entry.row.reader.report("subject", text("import.repeatCommunication", { line }));
      firstLine.set(key, entry.row.reader.line);
      if (logged.has(key)) unchanged += 1;
      else toAdd.push(entry);
    }
    if (!problems.isEmpty) return failedReport("communications", options.dryRun, rows.length, problems);

    const empty = emptyReport("communications", options.dryRun);
    const report: ImportOutcome = {
      ...empty,
      rows: rows.length,
      counts: { ...empty.counts, communications: { created: toAdd.length, updated: 0, unchanged } },
    };
    if (options.dryRun || toAdd.length === 0) return report;
    for (const entry of toAdd) {
      await insertEntry(trx, caller, entry.partnershipId, entry.input);
      await pacer.pause();
    }
    const audit = new ImportAudit(rights.userId, at);
    audit.addImport("communications", { file: file.name, rows: rows.length, counts: { communications: report.counts.communications } });
    await imports.insertAuditEvents(trx, audit.events);
    return { ...report, written: true };
  });
}
