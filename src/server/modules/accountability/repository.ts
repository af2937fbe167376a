// The facts the accountability figures are made of. The report is one aggregate statement: the
// database works out each commitment's state on the day (the due date then in force from its slips)
// and counts them per group and axis stage, so only the counts cross the wire at any portfolio size.
// One partnership's view reads its commitments and their slips whole, in four statements, for the
// trend month by month.
import { sql, type Kysely, type RawBuilder } from "kysely";
import { z } from "zod";
import type { AccountabilityDimension } from "../../../contracts/accountability.js";
import { AXIS_STAGES } from "../../../domain/coverage/axis.js";
import type { Tally } from "../../../domain/accountability/figures.js";
import type { DB } from "../../db/schema.js";
import type { RowScope, Scope } from "../access/scope.js";

export type ReportWithin = { visible: Scope; programId?: string; partnershipId?: string };

/** A program the report may be narrowed to, if it exists and the caller may report on it. */
export function findReportProgram(db: Kysely<DB>, id: string, reportable: RowScope) {
  return db
    .selectFrom("programs")
    .select(["programs.id", "programs.code", "programs.name"])
    .where("programs.id", "=", id)
    .$call((qb) => (reportable ? qb.where("programs.id", "in", reportable) : qb))
    .executeTakeFirst();
}

/** A partnership the caller may read, with its program. */
export function findPartnership(db: Kysely<DB>, id: string, readable: RowScope) {
  return db
    .selectFrom("partnerships as p")
    .innerJoin("programs as g", "g.id", "p.program_id")
    .select(["p.id", "p.name", "g.id as program_id", "g.code as program_code", "g.name as program_name"])
    .where("p.id", "=", id)
    .$call((qb) => (readable ? qb.where("p.id", "in", readable) : qb))
    .executeTakeFirst();
}

/** The partnerships whose name has this key (as imports find them), optionally in one program, among those readable. */
export function findPartnershipsNamed(db: Kysely<DB>, key: string, programId: string | undefined, readable: Scope) {
  return db
    .selectFrom("partnerships")
    .select(["partnerships.id", "partnerships.name"])
    .where("partnerships.name_key", "=", key)
    .$call((qb) => (programId === undefined ? qb : qb.where("partnerships.program_id", "=", programId)))
    .$call((qb) => (readable ? qb.where("partnerships.id", "in", readable) : qb))
    .orderBy("partnerships.name")
    .execute();
}

const flag = (condition: RawBuilder<unknown>) => sql<number>`case when ${condition} then 1 else 0 end`;

/**
 * One row per commitment pledged by the day, with its state then: delivered, withdrawn, whether it had
 * slipped (its first slip effective by then), and the due date in force (the latest set by a slip
 * effective by then; the current one when its slips left no event) — as domain/accountability/history.ts.
 */
function commitmentsOn(db: Kysely<DB>, day: string, within: ReportWithin) {
  const delivered = sql`c.delivered_on is not null and c.delivered_on <= ${day}`;
  const withdrawn = sql`(c.delivered_on is null or c.delivered_on > ${day}) and c.withdrawn_on is not null and c.withdrawn_on <= ${day}`;
  // Only a commitment that had slipped by the day looks at its slips: most never slip, and they cost nothing.
  const hasSlipped = sql`c.first_slipped_on is not null and c.first_slipped_on <= ${day}`;
  const dueAt = sql<string>`case when ${hasSlipped} then coalesce(
    (select max(s.due_after) from commitment_events s
      where s.commitment_id = c.id and s.to_status = 'slipped' and s.effective_on <= ${day}),
    c.current_due_on
  ) else c.due_on end`;
  return db
    .selectFrom("commitments as c")
    .innerJoin("partnerships as p", "p.id", "c.partnership_id")
    .innerJoin("programs as g", "g.id", "p.program_id")
    .innerJoin("organizations as o", "o.id", "c.organization_id")
    .where("c.pledged_on", "<=", day)
    .$call((qb) => (within.visible ? qb.where("c.partnership_id", "in", within.visible) : qb))
    .$call((qb) => (within.programId === undefined ? qb : qb.where("p.program_id", "=", within.programId)))
    .$call((qb) => (within.partnershipId === undefined ? qb : qb.where("c.partnership_id", "=", within.partnershipId)))
    .select([
      "g.code as program",
      "p.id as partnership_id",
      "p.name as partnership",
      "o.id as organization_id",
      "o.name as organization",
      "c.axis",
      "c.due_on",
      "c.delivered_on",
      dueAt.as("due_at"),
      flag(delivered).as("is_delivered"),
      flag(withdrawn).as("is_withdrawn"),
      flag(hasSlipped).as("has_slipped"),
    ]);
}

const GROUP_COLUMNS: Record<
  AccountabilityDimension,
  Array<"program" | "partnership_id" | "partnership" | "organization_id" | "organization">
> = {
  program: ["program"],
  partnership: ["program", "partnership_id", "partnership"],
  member: ["program", "partnership_id", "partnership", "organization_id", "organization"],
};

const countSchema = z.coerce.number().int().nonnegative();
const groupRowSchema = z.object({
  program: z.string(),
  partnership_id: z.string().optional(),
  partnership: z.string().optional(),
  organization_id: z.string().optional(),
  organization: z.string().optional(),
  pledged: countSchema,
  delivered: countSchema,
  withdrawn: countSchema,
  overdue: countSchema,
  due_soon: countSchema,
  on_time: countSchema,
  slipped: countSchema,
  came_due: countSchema,
  prevention_pledged: countSchema,
  prevention_delivered: countSchema,
  prevention_open: countSchema,
  intervention_pledged: countSchema,
  intervention_delivered: countSchema,
  intervention_open: countSchema,
  enforcement_pledged: countSchema,
  enforcement_delivered: countSchema,
  enforcement_open: countSchema,
  reentry_pledged: countSchema,
  reentry_delivered: countSchema,
  reentry_open: countSchema,
});
export type GroupRow = z.infer<typeof groupRowSchema>;

/** A group row's counts as a tally. */
export function tallyOfRow(row: GroupRow): Tally {
  return {
    pledged: row.pledged,
    delivered: row.delivered,
    withdrawn: row.withdrawn,
    open: row.pledged - row.delivered - row.withdrawn,
    overdue: row.overdue,
    dueSoon: row.due_soon,
    onTime: row.on_time,
    late: row.delivered - row.on_time,
    slipped: row.slipped,
    cameDue: row.came_due,
    axis: {
      prevention: { pledged: row.prevention_pledged, delivered: row.prevention_delivered, open: row.prevention_open },
      intervention: { pledged: row.intervention_pledged, delivered: row.intervention_delivered, open: row.intervention_open },
      enforcement: { pledged: row.enforcement_pledged, delivered: row.enforcement_delivered, open: row.enforcement_open },
      reentry: { pledged: row.reentry_pledged, delivered: row.reentry_delivered, open: row.reentry_open },
    },
  };
}

/**
 * The counts per group as of the day, each axis stage's in columns of the group's row, in one
 * statement; `soon` is the last day that counts as due soon. Groups come in the order of their program's code, partnership's and member's names.
 */
export async function countByGroup(
  db: Kysely<DB>,
  { by, day, soon, within }: { by: AccountabilityDimension; day: string; soon: string; within: ReportWithin },
): Promise<GroupRow[]> {
  const columns = GROUP_COLUMNS[by];
  const open = sql`x.is_delivered = 0 and x.is_withdrawn = 0`;
  const sum = (condition: RawBuilder<unknown>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`;
  const rows = await db
    .selectFrom(commitmentsOn(db, day, within).as("x"))
    .select(columns.map((column) => sql.ref(`x.${column}`).as(column)))
    .select([
      sql<number>`count(*)`.as("pledged"),
      sql<number>`sum(x.is_delivered)`.as("delivered"),
      sql<number>`sum(x.is_withdrawn)`.as("withdrawn"),
      sum(sql`${open} and x.due_at < ${day}`).as("overdue"),
      sum(sql`${open} and x.due_at >= ${day} and x.due_at <= ${soon}`).as("due_soon"),
      sum(sql`x.is_delivered = 1 and x.delivered_on <= x.due_on`).as("on_time"),
      sql<number>`sum(x.has_slipped)`.as("slipped"),
      sum(sql`${open} and x.due_on < ${day}`).as("came_due"),
      ...AXIS_STAGES.flatMap((stage) => [
        sum(sql`x.axis = ${stage}`).as(`${stage}_pledged`),
        sum(sql`x.axis = ${stage} and x.is_delivered = 1`).as(`${stage}_delivered`),
        sum(sql`x.axis = ${stage} and ${open}`).as(`${stage}_open`),
      ]),
    ])
    .groupBy(columns.map((column) => sql.ref(`x.${column}`)))
    .$call((qb) =>
      [...columns.filter((column) => !column.endsWith("_id")), ...columns.filter((column) => column.endsWith("_id"))].reduce(
        (ordered, column) => ordered.orderBy(sql.ref(`x.${column}`)),
        qb,
      ),
    )
    .execute();
  return rows.map((row) => groupRowSchema.parse(row));
}

/** The organizations that are members of the partnership, with their names. */
export function listMembers(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("memberships as m")
    .innerJoin("organizations as o", "o.id", "m.organization_id")
    .select(["o.id", "o.name", "m.left_on"])
    .where("m.partnership_id", "=", partnershipId)
    .orderBy("o.name")
    .orderBy("o.id")
    .execute();
}

/** Every commitment of the partnership, with what its history needs. */
export function listCommitments(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("commitments as c")
    .innerJoin("organizations as o", "o.id", "c.organization_id")
    .select([
      "c.id",
      "c.organization_id",
      "o.name as organization_name",
      "c.description",
      "c.axis",
      "c.pledged_on",
      "c.due_on",
      "c.current_due_on",
      "c.delivered_on",
      "c.withdrawn_on",
      "c.first_slipped_on",
    ])
    .where("c.partnership_id", "=", partnershipId)
    .orderBy("c.id")
    .execute();
}

/** Every slip of the partnership's commitments: when it took effect and the due date it set. */
export function listSlips(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("commitment_events")
    .select(["commitment_id", "effective_on", "due_after"])
    .where("partnership_id", "=", partnershipId)
    .where("to_status", "=", "slipped")
    .execute();
}
