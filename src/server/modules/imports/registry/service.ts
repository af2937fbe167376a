// `convene import registry` and POST /api/v1/imports/registry: organizations, contacts, partnerships
// and memberships from one workbook or several CSV files, read in that order and written in one
// transaction, or not at all.
import type { Kysely } from "kysely";
import { IMPORT_ROW_LIMIT, REGISTRY_COLUMNS, type RegistryEntity } from "../../../../contracts/imports.js";
import type { Sheet } from "../../../files/table.js";
import type { DB } from "../../../db/schema.js";
import type { Caller } from "../../../actor.js";
import { now } from "../../../ids.js";
import { Pacer } from "../../../pacing.js";
import { insertChanges } from "../../audit/changes.js";
import { ImportAudit } from "../audit.js";
import { columnKey, matchHeader } from "../header.js";
import { similarNameWarnings } from "../new-names.js";
import { Problems } from "../problems.js";
import { createdList, emptyReport, failedReport, warningsOf, type ImportOutcome } from "../report.js";
import * as repo from "../repository.js";
import { loadImportRights } from "../rights.js";
import { RowReader } from "../row-reader.js";
import { withinImport } from "../transaction.js";
import { readFileSheets, type ImportFile } from "../upload-file.js";
import { contactPlanner } from "./contacts.js";
import { membershipPlanner } from "./memberships.js";
import { organizationPlanner } from "./organizations.js";
import { partnershipPlanner } from "./partnerships.js";
import { applyPatches } from "./repository.js";
import { entitySheets, type EntitySheet } from "./sheets.js";
import { RegistryState } from "./state.js";
import { confirmAddedWhereAllowed } from "../../memberships/service.js";

/** The values of one column of a sheet, found by header, for looking names up before the rows are read. */
function columnValues(sheet: Sheet, column: string): string[] {
  const index = sheet.table.header.findIndex((label) => columnKey(label) === column);
  return index < 0 ? [] : sheet.table.rows.map((row) => (row.values[index] ?? "").trim()).filter((value) => value !== "");
}

/** Names of organizations and partnerships the sheets mention, wherever they mention them. */
function mentionedNames(sheets: EntitySheet[]) {
  const of = (entity: RegistryEntity, column: string) =>
    sheets.filter((sheet) => sheet.entity === entity).flatMap(({ sheet }) => columnValues(sheet, column));
  return {
    organizations: [
      ...of("organizations", "name"),
      ...of("contacts", "organization"),
      ...of("partnerships", "lead_organization"),
      ...of("memberships", "organization"),
    ],
    partnerships: [...of("partnerships", "name"), ...of("memberships", "partnership")],
  };
}

/** Reads one sheet's rows with the planner of its entity, giving the event loop a turn every few milliseconds. */
async function planSheet(state: RegistryState, { entity, sheet }: EntitySheet, problems: Problems): Promise<void> {
  const read = async <K extends string>(set: { required: readonly K[]; optional: readonly K[] }, plan: (reader: RowReader<K>) => void) => {
    const columns = matchHeader(sheet.table.header, set, problems);
    if (!columns) return;
    const pacer = new Pacer();
    for (const row of sheet.table.rows) {
      columns.checkUnnamed(row, problems);
      plan(new RowReader(row, columns, problems));
      await pacer.pause();
    }
  };
  if (entity === "organizations") await read(REGISTRY_COLUMNS.organizations, organizationPlanner(state));
  else if (entity === "contacts") await read(REGISTRY_COLUMNS.contacts, contactPlanner(state));
  else if (entity === "partnerships") await read(REGISTRY_COLUMNS.partnerships, partnershipPlanner(state));
  else await read(REGISTRY_COLUMNS.memberships, membershipPlanner(state));
}

function reportOf(state: RegistryState, dryRun: boolean, rows: number): ImportOutcome {
  const { added } = state.references;
  const base = emptyReport("registry", dryRun);
  const counts = (created: number, entity: keyof RegistryState["tallies"]) => ({ created, ...state.tallies[entity] });
  return {
    ...base,
    rows,
    counts: {
      ...base.counts,
      programs: { created: added.programs.length, updated: 0, unchanged: 0 },
      organizations: counts(added.organizations.length, "organizations"),
      contacts: counts(state.addedContacts.length, "contacts"),
      partnerships: counts(added.partnerships.length, "partnerships"),
      memberships: counts(added.memberships.length, "memberships"),
    },
    created: createdList(state.references),
  };
}

function hasChanges(state: RegistryState): boolean {
  const { added } = state.references;
  return (
    added.organizations.length + added.partnerships.length + added.memberships.length + state.addedContacts.length > 0 ||
    Object.values(state.patches).some((patches) => patches.size > 0)
  );
}

/**
 * Imports the registry from CSV or XLSX files. `caller` is the operator for the command line. Every problem
 * is reported; with any problem, or on a dry run, nothing is written.
 */
export async function importRegistry(
  db: Kysely<DB>,
  caller: Caller,
  files: ImportFile[],
  options: { dryRun: boolean; noCreate?: boolean; entity?: RegistryEntity },
): Promise<ImportOutcome> {
  const fileProblems = new Problems();
  const sheets: Sheet[] = [];
  // The row limit holds over all the files together.
  let rowsLeft = IMPORT_ROW_LIMIT;
  for (const file of files) {
    const read = (await readFileSheets(file, fileProblems, { maxRows: rowsLeft })) ?? [];
    rowsLeft -= read.reduce((total, sheet) => total + sheet.table.rows.length, 0);
    sheets.push(...read);
  }
  const entities = fileProblems.isEmpty ? entitySheets(sheets, options.entity, fileProblems) : [];
  const rows = entities.reduce((total, { sheet }) => total + sheet.table.rows.length, 0);
  if (!fileProblems.isEmpty) return failedReport("registry", options.dryRun, rows, fileProblems);

  return withinImport(db, options.dryRun, async (trx) => {
    const rights = await loadImportRights(trx, caller);
    const at = now();
    const audit = new ImportAudit(rights.userId, at);
    const state = await RegistryState.load(trx, mentionedNames(entities), rights, audit, at, { noCreate: options.noCreate });
    const problems = new Problems();
    for (const entity of entities) await planSheet(state, entity, problems.in(entity.entity));
    if (!problems.isEmpty) return failedReport("registry", options.dryRun, rows, problems);
    const report = { ...reportOf(state, options.dryRun, rows), ...warningsOf(await similarNameWarnings(trx, state.resolver.newNames)) };
    if (options.dryRun || !hasChanges(state)) return report;

    await repo.insertRegistryRows(trx, { ...state.references.added, contacts: state.addedContacts });
    await confirmAddedWhereAllowed(trx, caller, state.references.added.memberships, at);
    await applyPatches(trx, state.patches);
    audit.addReferences(state.references);
    for (const contact of state.addedContacts) {
      audit.add("create", "contact", contact.id, {
        links: { organizationId: contact.organization_id },
        changes: insertChanges({ ...contact, organization_id: undefined }),
      });
    }
    audit.addImport("registry", { files: files.map((file) => file.name), rows, counts: report.counts });
    await repo.insertAuditEvents(trx, audit.events);
    return { ...report, written: true };
  });
}
