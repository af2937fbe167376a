// The plan's rows: goals and their risks, objectives with their measure, measure values, activities.
// Every editable row carries a version; an update names the version it read and changes nothing when
// another save came first.
import type { Insertable, Kysely, Updateable } from "kysely";
import type { DB, MeasureValuesTable, PlanActivitiesTable, PlanGoalsTable, PlanObjectivesTable } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

export type GoalPatch = Updateable<PlanGoalsTable>;
export type ObjectivePatch = Updateable<PlanObjectivesTable>;
export type ActivityPatch = Updateable<PlanActivitiesTable>;
type Versioned = "plan_goals" | "plan_objectives" | "plan_activities";

/** What the caller may see and do with a partnership's activities: whose contacts it reads, which memberships it pledges for. */
export type ActivityScopes = { contactsVisible: Scope; pledge: RowScope };

export function listGoals(db: Kysely<DB>, partnershipId: string) {
  return db.selectFrom("plan_goals").selectAll().where("partnership_id", "=", partnershipId).orderBy("position").orderBy("id").execute();
}

export function listRisks(db: Kysely<DB>, partnershipId: string, goalId?: string) {
  return db
    .selectFrom("plan_risks")
    .selectAll()
    .where("partnership_id", "=", partnershipId)
    .$call((qb) => (goalId === undefined ? qb : qb.where("goal_id", "=", goalId)))
    .orderBy("goal_id")
    .orderBy("position")
    .execute();
}

export function listObjectives(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("plan_objectives")
    .selectAll()
    .where("partnership_id", "=", partnershipId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

export function listValues(db: Kysely<DB>, partnershipId: string, objectiveId?: string) {
  return db
    .selectFrom("measure_values")
    .selectAll()
    .where("partnership_id", "=", partnershipId)
    .$call((qb) => (objectiveId === undefined ? qb : qb.where("objective_id", "=", objectiveId)))
    .orderBy("observed_on")
    .execute();
}

/**
 * Activities with their owner's names and whether the caller may pledge for the owner (and so change
 * the activity's status and notes), in one query. The owner contact's name is joined only where the
 * caller may read that organization's contacts.
 */
function selectActivities(db: Kysely<DB>, scopes: ActivityScopes) {
  return (
    db
      .selectFrom("plan_activities")
      .leftJoin("organizations", "organizations.id", "plan_activities.owner_organization_id")
      .leftJoin("contacts", (join) =>
        join
          .onRef("contacts.id", "=", "plan_activities.owner_contact_id")
          .$call((on) => (scopes.contactsVisible ? on.on("contacts.organization_id", "in", scopes.contactsVisible) : on)),
      )
      .leftJoin("memberships", (join) =>
        join
          .onRef("memberships.partnership_id", "=", "plan_activities.partnership_id")
          .onRef("memberships.organization_id", "=", "plan_activities.owner_organization_id"),
      )
      // The round and stored instrument version an action step's activity came from (none for a built-in instrument).
      .leftJoin("survey_rounds", "survey_rounds.id", "plan_activities.survey_round_id")
      .leftJoin("instruments", (join) =>
        join
          .onRef("instruments.id", "=", "survey_rounds.instrument_id")
          .onRef("instruments.version", "=", "survey_rounds.instrument_version"),
      )
      .selectAll("plan_activities")
      .select(["organizations.name as owner_organization_name", "contacts.name as owner_contact_name"])
      .select([
        "survey_rounds.label as prompt_label",
        "survey_rounds.instrument_id as prompt_instrument_id",
        "survey_rounds.instrument_version as prompt_instrument_version",
        "instruments.document as prompt_document",
      ])
      .select(scopeFlag("memberships.id", scopes.pledge).as("can_pledge"))
  );
}

export type ActivityRow = Awaited<ReturnType<typeof listActivities>>[number];

export function listActivities(db: Kysely<DB>, partnershipId: string, scopes: ActivityScopes) {
  return selectActivities(db, scopes)
    .where("plan_activities.partnership_id", "=", partnershipId)
    .orderBy("plan_activities.position")
    .orderBy("plan_activities.id")
    .execute();
}

export function findActivityDetail(db: Kysely<DB>, id: string, scopes: ActivityScopes) {
  return selectActivities(db, scopes).where("plan_activities.id", "=", id).executeTakeFirst();
}

export function findGoal(db: Kysely<DB>, id: string) {
  return db.selectFrom("plan_goals").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findObjective(db: Kysely<DB>, id: string) {
  return db.selectFrom("plan_objectives").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findActivity(db: Kysely<DB>, id: string) {
  return db.selectFrom("plan_activities").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The next position at the end of a list: goals of a partnership, objectives of a goal, activities of an objective. */
export async function nextPosition(db: Kysely<DB>, table: Versioned, column: "partnership_id" | "goal_id" | "objective_id", id: string) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>("position").as("last"))
    .where(column as "partnership_id", "=", id)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertGoal(db: Kysely<DB>, row: Insertable<PlanGoalsTable>) {
  await db.insertInto("plan_goals").values(row).execute();
}

export async function insertObjective(db: Kysely<DB>, row: Insertable<PlanObjectivesTable>) {
  await db.insertInto("plan_objectives").values(row).execute();
}

export async function insertActivity(db: Kysely<DB>, row: Insertable<PlanActivitiesTable>) {
  await db.insertInto("plan_activities").values(row).execute();
}

/** Updates the row if it still has the version read; false when another save came first. */
export async function updateVersioned(
  db: Kysely<DB>,
  table: Versioned,
  id: string,
  version: number,
  patch: GoalPatch & ObjectivePatch & ActivityPatch,
) {
  const result = await db
    .updateTable(table)
    .set({ ...patch, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the row if it still has the version read; false when another save came first. */
export async function deleteVersioned(db: Kysely<DB>, table: Versioned, id: string, version: number) {
  const result = await db.deleteFrom(table).where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** What goes with a goal when it is deleted (the databases cascade too; this keeps SQLite's result the same without foreign keys). */
export async function deleteGoalContents(db: Kysely<DB>, goalId: string) {
  const objectives = db.selectFrom("plan_objectives").select("id").where("goal_id", "=", goalId);
  await db.deleteFrom("measure_values").where("objective_id", "in", objectives).execute();
  await db.deleteFrom("plan_activities").where("objective_id", "in", objectives).execute();
  await db.deleteFrom("plan_objectives").where("goal_id", "=", goalId).execute();
  await db.deleteFrom("plan_risks").where("goal_id", "=", goalId).execute();
}

export async function deleteObjectiveContents(db: Kysely<DB>, objectiveId: string) {
  await db.deleteFrom("measure_values").where("objective_id", "=", objectiveId).execute();
  await db.deleteFrom("plan_activities").where("objective_id", "=", objectiveId).execute();
}

/** Replaces a goal's risks with the list given, in its order. */
export async function replaceRisks(
  db: Kysely<DB>,
  goal: { id: string; partnership_id: string },
  risks: { id: string; risk: string; contingency: string | null }[],
) {
  await db.deleteFrom("plan_risks").where("goal_id", "=", goal.id).execute();
  if (risks.length === 0) return;
  await db
    .insertInto("plan_risks")
    .values(risks.map((risk, index) => ({ ...risk, goal_id: goal.id, partnership_id: goal.partnership_id, position: index + 1 })))
    .execute();
}

export function isMember(db: Kysely<DB>, partnershipId: string, organizationId: string) {
  return db
    .selectFrom("memberships")
    .select("id")
    .where("partnership_id", "=", partnershipId)
    .where("organization_id", "=", organizationId)
    .executeTakeFirst();
}

export function findValue(db: Kysely<DB>, objectiveId: string, valueId: string) {
  return db.selectFrom("measure_values").selectAll().where("id", "=", valueId).where("objective_id", "=", objectiveId).executeTakeFirst();
}

export function findValueOn(db: Kysely<DB>, objectiveId: string, observedOn: string) {
  return db
    .selectFrom("measure_values")
    .selectAll()
    .where("objective_id", "=", objectiveId)
    .where("observed_on", "=", observedOn)
    .executeTakeFirst();
}

export async function insertValue(db: Kysely<DB>, row: Insertable<MeasureValuesTable>) {
  await db.insertInto("measure_values").values(row).execute();
}

export async function updateValue(db: Kysely<DB>, id: string, patch: { value: number; note: string | null }) {
  await db.updateTable("measure_values").set(patch).where("id", "=", id).execute();
}

export async function deleteValue(db: Kysely<DB>, id: string) {
  await db.deleteFrom("measure_values").where("id", "=", id).execute();
}
