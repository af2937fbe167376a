// The two report queries. Each is one aggregate statement over involvement_records, so the database
// does the counting and only the aggregated rows cross the wire, whatever the size of the portfolio.
import { sql, type Kysely } from "kysely";
import { z } from "zod";
import type { Perspective } from "../../../contracts/involvement.js";
import type { ReportDimension } from "../../../contracts/reports.js";
import type { TypeCountRow } from "../../../domain/reports/typology-report.js";
import type { PerspectiveTally } from "../../../domain/reports/involvement-report.js";
import { byProjectIndicator, PROJECT_INDICATOR_KEYS } from "../../../domain/typology/indicators.js";
import type { DB } from "../../db/schema.js";
import type { IdQuery, RowScope, Scope } from "../access/scope.js";

/** The partnerships a report is narrowed to: one program's, one region's, or both; all when neither is given. */
export type PartnershipFilter = { programId?: string; region?: string };

export type TypeCountFilter = { by: ReportDimension; perspective: Perspective; round: string; readable: Scope; within: PartnershipFilter };

/** A program a report may be narrowed to, if it exists and the caller may report on it. */
export function findReportProgram(db: Kysely<DB>, id: string, reportable: RowScope) {
  return db
    .selectFrom("programs")
    .select(["programs.id", "programs.code", "programs.name"])
    .where("programs.id", "=", id)
    .$call((qb) => (reportable ? qb.where("programs.id", "in", reportable) : qb))
    .executeTakeFirst();
}

/** Every program's id, code and name (programs are few), for matching one given by code or name. */
export function listProgramNames(db: Kysely<DB>) {
  return db.selectFrom("programs").select(["programs.id", "programs.code", "programs.name"]).orderBy("programs.code").execute();
}

/**
 * The memberships of the partnerships the filter keeps, as one more IN condition on the report's
 * query (null when nothing is filtered), so each report stays a single aggregate statement.
 */
function membershipsWithin(db: Kysely<DB>, { programId, region }: PartnershipFilter): IdQuery | null {
  if (programId === undefined && region === undefined) return null;
  return db
    .selectFrom("memberships as fm")
    .innerJoin("partnerships as fp", "fp.id", "fm.partnership_id")
    .select("fm.id as id")
    .$call((qb) => (programId === undefined ? qb : qb.where("fp.program_id", "=", programId)))
    .$call((qb) => (region === undefined ? qb : qb.where("fp.region", "=", region))) as IdQuery;
}

/**
 * The records of one perspective and round that the caller may read, with their membership. Types
 * off the continuum (another rubric's) are dropped when the table is assembled, not here: filtering
 * on the type would make the database probe its index once per type for every member.
 */
function recordsOf(db: Kysely<DB>, { perspective, round, readable, within }: TypeCountFilter) {
  const kept = membershipsWithin(db, within);
  return (
    db
      .selectFrom("involvement_records as r")
      .innerJoin("memberships as m", "m.id", "r.membership_id")
      .innerJoin("partnerships as p", "p.id", "m.partnership_id")
      // The shares describe the partners: the lead is a member, but not one of the partners it counts.
      .whereRef("m.organization_id", "<>", "p.lead_organization_id")
      .where("r.perspective", "=", perspective)
      .where("r.round", "=", round)
      .$call((qb) => (readable ? qb.where("m.id", "in", readable) : qb))
      .$call((qb) => (kept ? qb.where("m.id", "in", kept) : qb))
  );
}

/** How many records of each type fall in each group of the dimension, in one grouped query. */
export async function countTypes(db: Kysely<DB>, filter: TypeCountFilter): Promise<TypeCountRow[]> {
  const records = recordsOf(db, filter);
  const count = sql<number>`count(*)`.as("count");
  switch (filter.by) {
    case "program":
      return records
        .innerJoin("programs as g", "g.id", "p.program_id")
        .select(["g.code as key", "g.name as label", "r.type", count])
        .groupBy(["g.code", "g.name", "r.type"])
        .orderBy("g.code")
        .execute();
    case "region":
      return records.select(["p.region as key", "r.type", count]).groupBy(["p.region", "r.type"]).orderBy("p.region").execute();
    case "sector":
      return records
        .innerJoin("organizations as o", "o.id", "m.organization_id")
        .select(["o.sector as key", "r.type", count])
        .groupBy(["o.sector", "r.type"])
        .orderBy("o.sector")
        .execute();
    case "partnership":
      // Grouped by id as well as name: two partnerships of the same name stay two rows.
      return records
        .select(["p.name as key", "p.id as group", "r.type", count])
        .groupBy(["p.id", "p.name", "r.type"])
        .orderBy("p.name")
        .orderBy("p.id")
        .execute();
  }
}

// Counts arrive as numbers from SQLite and as int8 from PostgreSQL (read as numbers by db/database.ts);
// each is parsed rather than trusted, so a change in either driver shows up here and not in a report.
const countSchema = z.coerce.number().int().nonnegative();
const tallyRowSchema = z.record(z.string(), z.unknown());

function tallyOf(row: unknown): { perspective: string; tally: PerspectiveTally } {
  const values = tallyRowSchema.parse(row);
  const count = (column: string) => countSchema.parse(values[column]);
  return {
    perspective: z.string().parse(values.perspective),
    tally: {
      records: count("records"),
      indicators: byProjectIndicator((key) => ({ yes: count(`${key}_yes`), answered: count(`${key}_answered`) })),
    },
  };
}

/**
 * The lead's own membership of each partnership (one per partnership): what a lead may have recorded
 * about itself is left out of the shares, which describe the partners.
 */
function leadMemberships(db: Kysely<DB>) {
  return db
    .selectFrom("memberships as lm")
    .innerJoin("partnerships as lp", (join) =>
      join.onRef("lp.id", "=", "lm.partnership_id").onRef("lp.lead_organization_id", "=", "lm.organization_id"),
    )
    .select("lm.id");
}

/**
 * Per perspective, in one query over the round's records the caller may read: how many records, and
 * for each indicator how many said yes and how many answered at all (count() skips not answered).
 */
export async function tallyIndicators(db: Kysely<DB>, round: string, readable: Scope, within: PartnershipFilter) {
  const kept = membershipsWithin(db, within);
  const rows = await db
    .selectFrom("involvement_records as r")
    .select(["r.perspective", sql<number>`count(*)`.as("records")])
    .select(
      PROJECT_INDICATOR_KEYS.flatMap((key) => [
        sql<number>`sum(case when ${sql.ref(`r.${key}`)} = 1 then 1 else 0 end)`.as(`${key}_yes`),
        sql<number>`count(${sql.ref(`r.${key}`)})`.as(`${key}_answered`),
      ]),
    )
    .where("r.round", "=", round)
    .where("r.membership_id", "not in", leadMemberships(db))
    .$call((qb) => (readable ? qb.where("r.membership_id", "in", readable) : qb))
    .$call((qb) => (kept ? qb.where("r.membership_id", "in", kept) : qb))
    .groupBy("r.perspective")
    .execute();
  return rows.map(tallyOf);
}

/**
 * How many partnerships the reader sees, within the filter, have no record the report counts (of the
 * perspective and round, among the members the reader may read), so that a report can say they are
 * missing rather than leave them out silently. One count, with the records as a NOT EXISTS.
 */
export async function countPartnershipsWithoutRecords(
  db: Kysely<DB>,
  filter: Omit<TypeCountFilter, "by"> & { visible: Scope },
): Promise<number> {
  const { perspective, round, readable, within, visible } = filter;
  const row = await db
    .selectFrom("partnerships as p")
    .$call((qb) => (visible ? qb.where("p.id", "in", visible) : qb))
    .$call((qb) => (within.programId === undefined ? qb : qb.where("p.program_id", "=", within.programId)))
    .$call((qb) => (within.region === undefined ? qb : qb.where("p.region", "=", within.region)))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("involvement_records as r")
            .innerJoin("memberships as m", "m.id", "r.membership_id")
            .select(sql<number>`1`.as("one"))
            .whereRef("m.partnership_id", "=", "p.id")
            .where("r.perspective", "=", perspective)
            .where("r.round", "=", round)
            .$call((qb) => (readable ? qb.where("m.id", "in", readable) : qb)),
        ),
      ),
    )
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return countSchema.parse(row.n);
}
