// The reports as use cases, shared by the API and the command line.
import type { Kysely } from "kysely";
import type { InvolvementReport, InvolvementReportQuery, TypologyReport, TypologyReportQuery } from "../../../contracts/reports.js";
import { emptyTally, INVOLVEMENT_SHARE_RULE, involvementRows } from "../../../domain/reports/involvement-report.js";
import { typologyTable } from "../../../domain/reports/typology-report.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { membershipsWithReadableInvolvement, type Scope } from "../access/scope.js";
import * as repo from "./repository.js";

/**
 * Who a report is for: a signed-in user, or the operator running the command line on the server, who
 * holds the database itself and so reads everything, as an administrator does.
 */
export type ReportReader = Actor | "operator";

/**
 * Reports count involvement records, so they cover exactly the records the involvement API would
 * show the reader: staff, every member of the partnerships they see; a partner, its own organization's
 * records only, since an aggregate over a small partnership would otherwise give away how the other
 * members rated their involvement.
 */
function readableBy(db: Kysely<DB>, reader: ReportReader): Scope {
  return reader === "operator" ? null : membershipsWithReadableInvolvement(db, reader);
}

export type TypologyReportRequest = Pick<TypologyReportQuery, "by" | "perspective" | "round">;

/** Tables 3 and 4 of the study: types per group from one perspective in one round. */
export async function typologyReport(db: Kysely<DB>, reader: ReportReader, request: TypologyReportRequest): Promise<TypologyReport> {
  const rows = await repo.countTypes(db, { ...request, readable: readableBy(db, reader) });
  return { perspective: request.perspective, round: request.round, ...typologyTable(rows) };
}

export type InvolvementReportRequest = Pick<InvolvementReportQuery, "round">;

/** Table 1 of the study: the share of yes per indicator from each perspective in one round, and the gap. */
export async function involvementReport(db: Kysely<DB>, reader: ReportReader, request: InvolvementReportRequest): Promise<InvolvementReport> {
  const tallies = await repo.tallyIndicators(db, request.round, readableBy(db, reader));
  const lead = tallies.find((row) => row.perspective === "lead")?.tally ?? emptyTally();
  const partner = tallies.find((row) => row.perspective === "partner")?.tally ?? emptyTally();
  return {
    round: request.round,
    rule: INVOLVEMENT_SHARE_RULE,
    records: { lead: lead.records, partner: partner.records },
    indicators: involvementRows(lead, partner),
  };
}
