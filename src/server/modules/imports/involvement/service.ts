// `convene import involvement` and POST /api/v1/imports/involvement: a file of answers, read and
// checked in full, then written in one transaction, or not at all.
import type { Kysely } from "kysely";
import { IMPORT_ROW_LIMIT, INVOLVEMENT_COLUMNS } from "../../../../contracts/imports.js";
import type { DB } from "../../../db/schema.js";
import type { Caller } from "../../../actor.js";
import { now } from "../../../ids.js";
import { Pacer } from "../../../pacing.js";
import { ImportAudit } from "../audit.js";
import { matchHeader } from "../header.js";
import { similarNameWarnings } from "../new-names.js";
import { Problems } from "../problems.js";
import { References } from "../references.js";
import { createdList, emptyReport, failedReport, referenceCounts, warningsOf, type ImportOutcome } from "../report.js";
import * as repo from "../repository.js";
import { Resolver } from "../resolve.js";
import { loadImportRights } from "../rights.js";
import { RowReader } from "../row-reader.js";
import { withinImport } from "../transaction.js";
import { readFileTable, type ImportFile } from "../upload-file.js";
import { planInvolvement, recordRows, type ReadRow } from "./plan.js";
import { upsertRecords } from "./repository.js";
import { readInvolvementRow, type InvolvementColumn } from "./rows.js";
import { confirmAddedWhereAllowed } from "../../memberships/service.js";

/**
 * Imports involvement records from a CSV or XLSX file (first sheet). `caller` is the operator for the command
 * line. Every problem is reported; with any problem, or on a dry run, nothing is written.
 */
export async function importInvolvement(
  db: Kysely<DB>,
  caller: Caller,
  file: ImportFile,
  options: { dryRun: boolean; noCreate?: boolean },
): Promise<ImportOutcome> {
  const problems = new Problems();
  const table = await readFileTable(file, problems, { maxRows: IMPORT_ROW_LIMIT });
  if (!table) return failedReport("involvement", options.dryRun, 0, problems);
  const columns = matchHeader<InvolvementColumn>(table.header, INVOLVEMENT_COLUMNS, problems);
  if (!columns) return failedReport("involvement", options.dryRun, table.rows.length, problems);
  const rows: ReadRow[] = [];
  const names = { organizations: [] as string[], partnerships: [] as string[] };
  const pacer = new Pacer();
  for (const row of table.rows) {
    const reader = new RowReader(row, columns, problems);
    columns.checkUnnamed(row, problems);
    const read = readInvolvementRow(reader);
    rows.push({ reader, row: read });
    if (read.organization !== undefined) names.organizations.push(read.organization);
    if (read.partnership !== undefined) names.partnerships.push(read.partnership);
    await pacer.pause();
  }

  return withinImport(db, options.dryRun, async (trx) => {
    const rights = await loadImportRights(trx, caller);
    const at = now();
    const references = await References.load(trx, names, at, rights.userId);
    const resolver = new Resolver(references, rights, { noCreate: options.noCreate });
    const plan = await planInvolvement(trx, resolver, rows, problems);
    if (!problems.isEmpty) return failedReport("involvement", options.dryRun, rows.length, problems);

    const report: ImportOutcome = {
      ...emptyReport("involvement", options.dryRun),
      rows: rows.length,
      counts: { ...emptyReport("involvement", options.dryRun).counts, ...referenceCounts(references), involvementRecords: plan.counts },
      created: createdList(references),
      ...warningsOf(await similarNameWarnings(trx, resolver.newNames)),
    };
    if (options.dryRun || plan.changes.length + references.added.memberships.length === 0) return report;

    const audit = new ImportAudit(rights.userId, at);
    await repo.insertRegistryRows(trx, { ...references.added, contacts: [] });
    await confirmAddedWhereAllowed(trx, caller, references.added.memberships, at);
    await upsertRecords(trx, await recordRows(trx, plan.changes, rights, at, audit));
    audit.addReferences(references);
    audit.addImport("involvement", { file: file.name, rows: rows.length, counts: report.counts });
    await repo.insertAuditEvents(trx, audit.events);
    return { ...report, written: true };
  });
}
