// The only SQL of the ledger: commitments with their organization and what the caller may do with
// each (from the membership's `pledge` scope, in the same query), and their events.
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { scopeFlag, type RowScope } from "../access/scope.js";

export type CommitmentFilters = { status?: string; organizationId?: string; axis?: string; overdueBefore?: string };

function selectCommitments(db: Kysely<DB>, pledge: RowScope) {
  return db
    .selectFrom("commitments")
    .innerJoin("organizations", "organizations.id", "commitments.organization_id")
    .leftJoin("memberships", (join) =>
      join
        .onRef("memberships.partnership_id", "=", "commitments.partnership_id")
        .onRef("memberships.organization_id", "=", "commitments.organization_id"),
    )
    .selectAll("commitments")
    .select(["organizations.name as organization_name", scopeFlag("memberships.id", pledge).as("can_pledge")]);
}

export type CommitmentRow = NonNullable<Awaited<ReturnType<typeof findCommitment>>>;

export function findCommitment(db: Kysely<DB>, id: string, pledge: RowScope) {
  return selectCommitments(db, pledge).where("commitments.id", "=", id).executeTakeFirst();
}

/** The partnership a commitment belongs to, before any right is checked (the caller's scope is then narrowed to it). */
export async function partnershipOfCommitment(db: Kysely<DB>, id: string): Promise<string | undefined> {
  const row = await db.selectFrom("commitments").select("partnership_id").where("id", "=", id).executeTakeFirst();
  return row?.partnership_id;
}

const OPEN = ["pledged", "in_progress", "slipped"];

function filterCondition(eb: ExpressionBuilder<DB, "commitments">, filters: CommitmentFilters) {
  const conditions = [];
  if (filters.status) conditions.push(eb("commitments.status", "=", filters.status));
  if (filters.organizationId) conditions.push(eb("commitments.organization_id", "=", filters.organizationId));
  if (filters.axis) conditions.push(eb("commitments.axis", "=", filters.axis));
  if (filters.overdueBefore) {
    conditions.push(eb("commitments.status", "in", OPEN), eb("commitments.current_due_on", "<", filters.overdueBefore));
  }
  return eb.and(conditions);
}

function countQuery(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("commitments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("commitments.partnership_id", "=", partnershipId);
}

/** Open commitments first, soonest due first; then the delivered and withdrawn, latest first. */
const OPEN_FIRST = sql<number>`case when commitments.status in ('pledged', 'in_progress', 'slipped') then 0 else 1 end`;

export async function listCommitments(
  db: Kysely<DB>,
  partnershipId: string,
  filters: CommitmentFilters,
  pledge: RowScope,
  limit: number,
  offset: number,
) {
  const [rows, count] = await Promise.all([
    selectCommitments(db, pledge)
      .where("commitments.partnership_id", "=", partnershipId)
      .where((eb) => filterCondition(eb, filters))
      .orderBy(OPEN_FIRST)
      .orderBy("commitments.current_due_on")
      .orderBy("commitments.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    countQuery(db, partnershipId)
      .where((eb) => filterCondition(eb, filters))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function listEvents(db: Kysely<DB>, commitmentId: string) {
  return db
    .selectFrom("commitment_events")
    .leftJoin("users", "users.id", "commitment_events.user_id")
    .selectAll("commitment_events")
    .select("users.name as user_name")
    .where("commitment_events.commitment_id", "=", commitmentId)
    .orderBy("commitment_events.at")
    .orderBy("commitment_events.id")
    .execute();
}
export type CommitmentEventRow = Awaited<ReturnType<typeof listEvents>>[number];

export function findCommitmentByDescription(db: Kysely<DB>, partnershipId: string, organizationId: string, descriptionKey: string) {
  return db
    .selectFrom("commitments")
    .select("id")
    .where("partnership_id", "=", partnershipId)
    .where("organization_id", "=", organizationId)
    .where("description_key", "=", descriptionKey)
    .executeTakeFirst();
}

export function findMembershipId(db: Kysely<DB>, partnershipId: string, organizationId: string) {
  return db
    .selectFrom("memberships")
    .select("id")
    .where("partnership_id", "=", partnershipId)
    .where("organization_id", "=", organizationId)
    .executeTakeFirst();
}

/** Whether the membership is in the scope (null scope: everyone's). */
export async function membershipInScope(db: Kysely<DB>, membershipId: string, scope: RowScope): Promise<boolean> {
  if (scope === null) return true;
  const row = await db.selectFrom(scope.as("reach")).select("reach.id").where("reach.id", "=", membershipId).executeTakeFirst();
  return row !== undefined;
}

/** The goal, objective or meeting of this partnership with this id, if there is one. */
export function findPlanLink(db: Kysely<DB>, table: "plan_goals" | "plan_objectives" | "meetings", partnershipId: string, id: string) {
  return db.selectFrom(table).select("id").where("id", "=", id).where("partnership_id", "=", partnershipId).executeTakeFirst();
}

export function findObjectiveGoal(db: Kysely<DB>, objectiveId: string) {
  return db.selectFrom("plan_objectives").select("goal_id").where("id", "=", objectiveId).executeTakeFirst();
}

export async function insertCommitment(db: Kysely<DB>, row: DB["commitments"]): Promise<void> {
  await db.insertInto("commitments").values(row).execute();
}

export async function insertEvents(db: Kysely<DB>, rows: DB["commitment_events"][]): Promise<void> {
  if (rows.length === 0) return;
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto("commitment_events")
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

/** Applies a change made from the given version; false when someone else changed the row meanwhile. */
export async function updateCommitment(
  db: Kysely<DB>,
  id: string,
  version: number,
  patch: Partial<Omit<DB["commitments"], "id" | "version">>,
): Promise<boolean> {
  const result = await db
    .updateTable("commitments")
    .set({ ...patch, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
