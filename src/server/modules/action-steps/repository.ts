// The rows of the action-step library and of the decisions about a round's steps.
import type { Insertable, Kysely, Updateable } from "kysely";
import type { ActionSuggestionsTable, DB, SurveyActionStepsTable } from "../../db/schema.js";

type Db = Kysely<DB>;
export type SuggestionRow = Awaited<ReturnType<typeof listSuggestionRows>>[number];

export function listSuggestionRows(db: Db, filter: { instrument?: string | undefined; score?: string | undefined }) {
  return db
    .selectFrom("action_suggestions")
    .selectAll()
    .$call((qb) => (filter.instrument === undefined ? qb : qb.where("instrument_id", "=", filter.instrument)))
    .$call((qb) => (filter.score === undefined ? qb : qb.where("score_key", "=", filter.score)))
    .orderBy("position")
    .orderBy("id")
    .execute();
}

/** The row of an added suggestion by its id, or the change made to a built-in one by its key. */
export function findSuggestionRow(db: Db, key: string, builtIn: boolean) {
  return db
    .selectFrom("action_suggestions")
    .selectAll()
    .$call((qb) => (builtIn ? qb.where("built_in_key", "=", key) : qb.where("id", "=", key).where("built_in_key", "is", null)))
    .executeTakeFirst();
}

export async function insertSuggestion(db: Db, row: Insertable<ActionSuggestionsTable>) {
  await db.insertInto("action_suggestions").values(row).execute();
}

/** Updates the row if it still has the version read; false when another save came first. */
export async function updateSuggestion(db: Db, id: string, version: number, patch: Updateable<ActionSuggestionsTable>) {
  const result = await db
    .updateTable("action_suggestions")
    .set({ ...patch, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteSuggestion(db: Db, id: string) {
  await db.deleteFrom("action_suggestions").where("id", "=", id).execute();
}

/** A round's decisions with the activity each became and who decided, in one query. */
export function listSteps(db: Db, roundId: string, stepId?: string) {
  return db
    .selectFrom("survey_action_steps")
    .leftJoin("plan_activities", "plan_activities.id", "survey_action_steps.activity_id")
    .leftJoin("users", "users.id", "survey_action_steps.created_by")
    .selectAll("survey_action_steps")
    .select([
      "plan_activities.title as activity_title",
      "plan_activities.due_on as activity_due_on",
      "plan_activities.status as activity_status",
      "users.name as decided_by_name",
    ])
    .where("survey_action_steps.round_id", "=", roundId)
    .$call((qb) => (stepId === undefined ? qb : qb.where("survey_action_steps.id", "=", stepId)))
    .orderBy("survey_action_steps.created_at")
    .orderBy("survey_action_steps.id")
    .execute();
}
export type StepRow = Awaited<ReturnType<typeof listSteps>>[number];

export function findStepOfSuggestion(db: Db, roundId: string, scoreKey: string, suggestionKey: string) {
  return db
    .selectFrom("survey_action_steps")
    .select("id")
    .where("round_id", "=", roundId)
    .where("score_key", "=", scoreKey)
    .where("suggestion_key", "=", suggestionKey)
    .executeTakeFirst();
}

export async function insertStep(db: Db, row: Insertable<SurveyActionStepsTable>) {
  await db.insertInto("survey_action_steps").values(row).execute();
}

/** Updates a decided step if it still has the version read; false when another save came first. */
export async function updateStep(db: Db, id: string, version: number, patch: Updateable<SurveyActionStepsTable>) {
  const result = await db
    .updateTable("survey_action_steps")
    .set({ ...patch, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A partnership's goal or a goal's objective titled one of the names given (the same name in either language). */
export function findGoalTitled(db: Db, partnershipId: string, titles: readonly string[]) {
  return db
    .selectFrom("plan_goals")
    .selectAll()
    .where("partnership_id", "=", partnershipId)
    .where("title", "in", titles)
    .orderBy("position")
    .executeTakeFirst();
}

export function findObjectiveTitled(db: Db, goalId: string, titles: readonly string[]) {
  return db
    .selectFrom("plan_objectives")
    .selectAll()
    .where("goal_id", "=", goalId)
    .where("title", "in", titles)
    .orderBy("position")
    .executeTakeFirst();
}
