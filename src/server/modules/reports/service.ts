// The reports as use cases, shared by the API and the command line.
import type { Kysely } from "kysely";
import type {
  InvolvementReport,
  InvolvementReportQuery,
  ReportFilters,
  TypologyReport,
  TypologyReportQuery,
} from "../../../contracts/reports.js";
import { emptyTally, INVOLVEMENT_SHARE_RULE, involvementRows } from "../../../domain/reports/involvement-report.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import { typologyTable } from "../../../domain/reports/typology-report.js";
import { readConsistently } from "../../db/consistent-read.js";
import type { DB } from "../../db/schema.js";
import { type Caller } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { rowScope, scopeOf, type Scope } from "../access/scope.js";
import * as repo from "./repository.js";

/** Who a report is for: a signed-in user, or the operator, who reads everything. */
export type ReportReader = Caller;

/**
 * Reports count involvement records, so they cover exactly the records the involvement API would
 * show the reader: staff, every member of the partnerships they see; a partner, its own organization's
 * records only, since an aggregate over a small partnership would otherwise give away how the other
 * members rated their involvement.
 */
function readableBy(db: Kysely<DB>, reader: ReportReader): Scope {
  return scopeOf(db, reader, "membership", "readInvolvement");
}

type FilterRequest = { program?: string | undefined; region?: string | undefined };

/**
 * The program and region a report is narrowed to, checked against what the reader may report on: a
 * program outside it is "not found", as a program that does not exist.
 */
async function filtersOf(
  db: Kysely<DB>,
  reader: ReportReader,
  request: FilterRequest,
): Promise<{ filters: ReportFilters; within: repo.PartnershipFilter }> {
  const region = request.region ? request.region : null;
  let program: ReportFilters["program"] = null;
  if (request.program !== undefined) {
    const row = await repo.findReportProgram(db, request.program, rowScope(db, reader, "program", "report", request.program));
    if (!row) throw AppError.notFound("program");
    program = { id: row.id, code: row.code, name: row.name };
  }
  return {
    filters: { program, region },
    within: { ...(program ? { programId: program.id } : {}), ...(region !== null ? { region } : {}) },
  };
}

export type TypologyReportRequest = Pick<TypologyReportQuery, "by" | "perspective" | "round"> & FilterRequest;

/**
 * Tables 3 and 4 of the study: types per group from one perspective in one round, optionally within
 * one program or region. The counts and the partnerships without records come from one snapshot.
 */
export function typologyReport(db: Kysely<DB>, reader: ReportReader, request: TypologyReportRequest): Promise<TypologyReport> {
  return readConsistently(db, async (trx) => {
    const { filters, within } = await filtersOf(trx, reader, request);
    const { by, perspective, round } = request;
    const readable = readableBy(trx, reader);
    const visible = scopeOf(trx, reader, "partnership", "read");
    const [rows, partnershipsWithoutRecords] = await Promise.all([
      repo.countTypes(trx, { by, perspective, round, readable, within }),
      repo.countPartnershipsWithoutRecords(trx, { perspective, round, readable, within, visible }),
    ]);
    return { perspective, round, filters, ...typologyTable(rows), partnershipsWithoutRecords };
  });
}

export type InvolvementReportRequest = Pick<InvolvementReportQuery, "round"> & FilterRequest;

/** Table 1 of the study: the share of yes per indicator from each perspective in one round, and the gap. */
export async function involvementReport(
  db: Kysely<DB>,
  reader: ReportReader,
  request: InvolvementReportRequest,
): Promise<InvolvementReport> {
  const { filters, tallies } = await readConsistently(db, async (trx) => {
    const { filters, within } = await filtersOf(trx, reader, request);
    return { filters, tallies: await repo.tallyIndicators(trx, request.round, readableBy(trx, reader), within) };
  });
  const lead = tallies.find((row) => row.perspective === "lead")?.tally ?? emptyTally();
  const partner = tallies.find((row) => row.perspective === "partner")?.tally ?? emptyTally();
  return {
    round: request.round,
    filters,
    rule: INVOLVEMENT_SHARE_RULE,
    records: { lead: lead.records, partner: partner.records },
    indicators: involvementRows(lead, partner),
  };
}

/**
 * The programs a text names, for the command line: the one whose code it is, else those of that name,
 * case and accents ignored as in imports. More than one means the name is ambiguous.
 */
export async function programsNamed(db: Kysely<DB>, name: string): Promise<Array<NonNullable<ReportFilters["program"]>>> {
  const key = nameKey(name);
  const programs = await repo.listProgramNames(db);
  const byCode = programs.filter((program) => nameKey(program.code) === key);
  return byCode.length > 0 ? byCode : programs.filter((program) => nameKey(program.name) === key);
}
