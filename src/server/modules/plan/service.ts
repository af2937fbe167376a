// The action plan's use cases: read a partnership's whole plan in a fixed number of queries, and change
// its goals, objectives (with their measure), activities and measure values, each change audited in
// its transaction. Changing the plan takes the partnership's `managePlan`; a member organization's own
// users (its `pledge` right) may change the status and notes of the activities it owns, nothing else.
import type { Kysely } from "kysely";
import {
  ACTIVITY_OWNER_FIELDS,
  type ActivityCreate,
  type ActivityUpdate,
  type GoalCreate,
  type GoalUpdate,
  type MeasureInput,
  type MeasureValueInput,
  type ObjectiveCreate,
  type ObjectiveUpdate,
  type Plan,
  type PlanGoal,
} from "../../../contracts/plan.js";
import { isActivityStatus } from "../../../domain/plan/activity-status.js";
import { MEASURE_DIRECTIONS, measureProblems, type MeasureProblem } from "../../../domain/plan/measure.js";
import { goalProgress } from "../../../domain/plan/progress.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError, type Thing } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import * as scope from "../access/scope.js";
import { deleteChanges, insertChanges, patchChanges } from "../audit/changes.js";
import { recordAudit } from "../audit/repository.js";
import { findContact } from "../contacts/repository.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { measureOf, presentActivity, presentGoal, presentObjective, presentValue } from "./presenter.js";
import * as repo from "./repository.js";

type Db = Kysely<DB>;

/** Today as the plan reckons it: the UTC date. */
export function today(): string {
  return now().slice(0, 10);
}

/** The partnership of a plan row, if the caller may read it; a row of a partnership out of reach is "not found" as the row itself. */
async function accessTo(db: Db, actor: Actor, partnershipId: string, thing: Thing) {
  try {
    return await loadPartnershipAccess(db, actor, partnershipId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw AppError.notFound(thing);
    throw error;
  }
}

function assertManages(partnership: { can_manage_plan: number }) {
  if (partnership.can_manage_plan !== 1) throw AppError.forbidden(text("plan.changeForbidden"));
}

export function activityScopes(db: Db, actor: Actor, partnershipId: string): repo.ActivityScopes {
  return {
    contactsVisible: scope.scopeOf(db, actor, "organization", "readContacts"),
    pledge: scope.membershipsOfPartnership(db, actor, "pledge", partnershipId),
  };
}

async function audit(
  db: Db,
  actor: { userId: string | null },
  entity: string,
  action: "create" | "update" | "delete",
  row: { id: string; partnership_id: string },
  changes: Record<string, unknown>,
  organizationId?: string | null,
) {
  await recordAudit(db, {
    userId: actor.userId,
    action,
    entity,
    entityId: row.id,
    partnershipId: row.partnership_id,
    organizationId: organizationId ?? null,
    changes: action === "create" ? insertChanges(changes) : action === "delete" ? deleteChanges(changes) : patchChanges(row, changes),
  });
}

/** The whole plan: six queries whatever its size (the partnership, goals, risks, objectives, values, activities). */
export async function getPlan(db: Db, actor: Actor, partnershipId: string): Promise<Plan> {
  const partnership = await loadPartnershipAccess(db, actor, partnershipId);
  const managePlan = partnership.can_manage_plan === 1;
  const [goals, risks, objectives, values, activities] = await Promise.all([
    repo.listGoals(db, partnershipId),
    repo.listRisks(db, partnershipId),
    repo.listObjectives(db, partnershipId),
    repo.listValues(db, partnershipId),
    repo.listActivities(db, partnershipId, activityScopes(db, actor, partnershipId)),
  ]);
  const asOf = today();
  const group = <T, K extends keyof T>(rows: readonly T[], key: K) => {
    const map = new Map<T[K], T[]>();
    for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
    return map;
  };
  const risksOf = group(risks, "goal_id");
  const objectivesOf = group(objectives, "goal_id");
  const valuesOf = group(values, "objective_id");
  const activitiesOf = group(activities, "objective_id");
  const planGoals: PlanGoal[] = goals.map((goal) => {
    const planObjectives = (objectivesOf.get(goal.id) ?? []).map((objective) => {
      const measure = measureOf(objective);
      const objectiveValues = valuesOf.get(objective.id) ?? [];
      return {
        ...presentObjective(objective, objectiveValues, managePlan),
        values: objectiveValues.map((value) => presentValue(value, measure)),
        activities: (activitiesOf.get(objective.id) ?? []).map((activity) => presentActivity(activity, managePlan)),
      };
    });
    const progress = goalProgress(
      planObjectives.flatMap((objective) => objective.activities),
      planObjectives.flatMap((objective) => {
        const measure = objective.measure;
        return measure ? [{ measure, values: objective.values }] : [];
      }),
      asOf,
    );
    return { ...presentGoal(goal, risksOf.get(goal.id) ?? [], managePlan), objectives: planObjectives, progress };
  });
  return { partnershipId, asOf, goals: planGoals, abilities: { managePlan } };
}

// Goals.

function riskRows(risks: GoalCreate["risks"]) {
  return (risks ?? []).map((risk) => ({ id: newId(), risk: risk.risk, contingency: risk.contingency ?? null }));
}

async function loadGoal(db: Db, actor: Actor, goalId: string) {
  const goal = await repo.findGoal(db, goalId);
  if (!goal) throw AppError.notFound("goal");
  const partnership = await accessTo(db, actor, goal.partnership_id, "goal");
  return { goal, partnership };
}

async function presentGoalById(db: Db, actor: Actor, goalId: string) {
  const { goal, partnership } = await loadGoal(db, actor, goalId);
  return presentGoal(goal, await repo.listRisks(db, goal.partnership_id, goal.id), partnership.can_manage_plan === 1);
}

export async function createGoal(db: Db, actor: Actor, partnershipId: string, input: GoalCreate) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    assertManages(await loadPartnershipAccess(trx, actor, partnershipId));
    const at = now();
    const row = {
      id,
      partnership_id: partnershipId,
      title: input.title,
      description: input.description ?? null,
      position: await repo.nextPosition(trx, "plan_goals", "partnership_id", partnershipId),
      version: 1,
      created_at: at,
      created_by: actor.userId,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertGoal(trx, row);
    const risks = riskRows(input.risks);
    await repo.replaceRisks(trx, row, risks);
    await audit(trx, actor, "plan_goal", "create", row, {
      title: row.title,
      description: row.description,
      position: row.position,
      risks: risksAsText(risks),
    });
  });
  return presentGoalById(db, actor, id);
}

function risksAsText(risks: readonly { risk: string; contingency: string | null }[]) {
  return risks.length === 0 ? null : risks.map((risk) => (risk.contingency ? `${risk.risk} → ${risk.contingency}` : risk.risk)).join("\n");
}

export async function updateGoal(db: Db, actor: Actor, goalId: string, input: GoalUpdate) {
  await db.transaction().execute(async (trx) => {
    const { goal, partnership } = await loadGoal(trx, actor, goalId);
    assertManages(partnership);
    if (goal.version !== input.version) throw AppError.stale();
    const patch: repo.GoalPatch = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.description !== undefined) patch.description = input.description;
    const current: Record<string, unknown> = { ...goal };
    const after: Record<string, unknown> = { ...patch };
    if (input.risks !== undefined) {
      current.risks = risksAsText(await repo.listRisks(trx, goal.partnership_id, goal.id));
      after.risks = risksAsText(riskRows(input.risks));
    }
    const changes = patchChanges(current, after);
    if (Object.keys(changes).length === 0) return;
    if (!(await repo.updateVersioned(trx, "plan_goals", goal.id, input.version, { ...patch, updated_at: now(), updated_by: actor.userId })))
      throw AppError.stale();
    if (input.risks !== undefined) await repo.replaceRisks(trx, goal, riskRows(input.risks));
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "plan_goal",
      entityId: goal.id,
      partnershipId: goal.partnership_id,
      changes,
    });
  });
  return presentGoalById(db, actor, goalId);
}

export async function deleteGoal(db: Db, actor: Actor, goalId: string, version: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { goal, partnership } = await loadGoal(trx, actor, goalId);
    assertManages(partnership);
    if (goal.version !== version) throw AppError.stale();
    await repo.deleteGoalContents(trx, goal.id);
    if (!(await repo.deleteVersioned(trx, "plan_goals", goal.id, version))) throw AppError.stale();
    await audit(trx, actor, "plan_goal", "delete", goal, { title: goal.title, description: goal.description });
  });
}

// Objectives.

function measureProblemText(key: MeasureProblem["key"]) {
  switch (key) {
    case "targetBeforeBaseline":
      return text("plan.targetBeforeBaseline");
    case "number":
      return text("validation.number");
    case "oneOf":
      return text("validation.oneOf", { values: MEASURE_DIRECTIONS.join(", ") });
  }
}

function measureColumns(measure: MeasureInput | null) {
  if (measure) {
    const problems = measureProblems(measure);
    const first = problems[0];
    if (first) throw AppError.invalid(`measure.${first.field}`, measureProblemText(first.key));
  }
  return {
    measure_name: measure?.name ?? null,
    measure_unit: measure?.unit ?? null,
    measure_source: measure?.source ?? null,
    baseline_value: measure?.baselineValue ?? null,
    baseline_on: measure?.baselineOn ?? null,
    target_value: measure?.targetValue ?? null,
    target_on: measure?.targetOn ?? null,
    measure_direction: measure?.direction ?? null,
  };
}

async function loadObjective(db: Db, actor: Actor, objectiveId: string) {
  const objective = await repo.findObjective(db, objectiveId);
  if (!objective) throw AppError.notFound("objective");
  const partnership = await accessTo(db, actor, objective.partnership_id, "objective");
  return { objective, partnership };
}

async function presentObjectiveById(db: Db, actor: Actor, objectiveId: string) {
  const { objective, partnership } = await loadObjective(db, actor, objectiveId);
  return presentObjective(objective, await repo.listValues(db, objective.partnership_id, objective.id), partnership.can_manage_plan === 1);
}

export async function createObjective(db: Db, actor: Actor, goalId: string, input: ObjectiveCreate) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const { goal, partnership } = await loadGoal(trx, actor, goalId);
    assertManages(partnership);
    const at = now();
    const row = {
      id,
      goal_id: goal.id,
      partnership_id: goal.partnership_id,
      title: input.title,
      description: input.description ?? null,
      position: await repo.nextPosition(trx, "plan_objectives", "goal_id", goal.id),
      ...measureColumns(input.measure ?? null),
      version: 1,
      created_at: at,
      created_by: actor.userId,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertObjective(trx, row);
    await audit(trx, actor, "plan_objective", "create", row, { ...row, partnership_id: undefined, version: undefined });
  });
  return presentObjectiveById(db, actor, id);
}

export async function updateObjective(db: Db, actor: Actor, objectiveId: string, input: ObjectiveUpdate) {
  await db.transaction().execute(async (trx) => {
    const { objective, partnership } = await loadObjective(trx, actor, objectiveId);
    assertManages(partnership);
    if (objective.version !== input.version) throw AppError.stale();
    const patch: repo.ObjectivePatch = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.description !== undefined) patch.description = input.description;
    if (input.measure !== undefined) Object.assign(patch, measureColumns(input.measure));
    const changes = patchChanges(objective, patch);
    if (Object.keys(changes).length === 0) return;
    if (
      !(await repo.updateVersioned(trx, "plan_objectives", objective.id, input.version, {
        ...patch,
        updated_at: now(),
        updated_by: actor.userId,
      }))
    ) {
      throw AppError.stale();
    }
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "plan_objective",
      entityId: objective.id,
      partnershipId: objective.partnership_id,
      changes,
    });
  });
  return presentObjectiveById(db, actor, objectiveId);
}

export async function deleteObjective(db: Db, actor: Actor, objectiveId: string, version: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { objective, partnership } = await loadObjective(trx, actor, objectiveId);
    assertManages(partnership);
    if (objective.version !== version) throw AppError.stale();
    await repo.deleteObjectiveContents(trx, objective.id);
    if (!(await repo.deleteVersioned(trx, "plan_objectives", objective.id, version))) throw AppError.stale();
    await audit(trx, actor, "plan_objective", "delete", objective, { title: objective.title, measure_name: objective.measure_name });
  });
}

// Activities.

/** The owner must be a member of the partnership and the contact one of the owner's people. */
export async function assertOwner(db: Db, partnershipId: string, organizationId: string | null, contactId: string | null) {
  if (organizationId !== null && !(await repo.isMember(db, partnershipId, organizationId))) {
    throw AppError.invalid("ownerOrganizationId", text("plan.ownerNotMember"));
  }
  if (contactId === null) return;
  if (organizationId === null) throw AppError.invalid("ownerContactId", text("plan.contactWithoutOwner"));
  if (!(await findContact(db, organizationId, contactId))) throw AppError.invalid("ownerContactId", text("plan.contactNotOfOwner"));
}

async function loadActivity(db: Db, actor: Actor, activityId: string) {
  const activity = await repo.findActivity(db, activityId);
  if (!activity) throw AppError.notFound("activity");
  const partnership = await accessTo(db, actor, activity.partnership_id, "activity");
  return { activity, partnership };
}

async function presentActivityById(db: Db, actor: Actor, activityId: string) {
  const { activity, partnership } = await loadActivity(db, actor, activityId);
  const row = await repo.findActivityDetail(db, activity.id, activityScopes(db, actor, activity.partnership_id));
  if (!row) throw AppError.notFound("activity");
  return presentActivity(row, partnership.can_manage_plan === 1);
}

export async function createActivity(db: Db, actor: Actor, objectiveId: string, input: ActivityCreate) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const { objective, partnership } = await loadObjective(trx, actor, objectiveId);
    assertManages(partnership);
    const ownerOrganizationId = input.ownerOrganizationId ?? null;
    const ownerContactId = input.ownerContactId ?? null;
    await assertOwner(trx, objective.partnership_id, ownerOrganizationId, ownerContactId);
    const at = now();
    const row = {
      id,
      objective_id: objective.id,
      partnership_id: objective.partnership_id,
      title: input.title,
      owner_organization_id: ownerOrganizationId,
      owner_contact_id: ownerContactId,
      due_on: input.dueOn ?? null,
      resources: input.resources ?? null,
      status: input.status ?? "planned",
      notes: input.notes ?? null,
      meeting_id: input.meetingId ?? null,
      position: await repo.nextPosition(trx, "plan_activities", "objective_id", objective.id),
      version: 1,
      created_at: at,
      created_by: actor.userId,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertActivity(trx, row);
    await audit(trx, actor, "plan_activity", "create", row, { ...row, partnership_id: undefined, version: undefined }, ownerOrganizationId);
  });
  return presentActivityById(db, actor, id);
}

/**
 * Without `managePlan`, the caller may change only the status and notes of an activity whose owner it
 * pledges for (a partner user, for its own organization).
 */
async function assertMayUpdateActivity(
  db: Db,
  actor: Actor,
  activity: { id: string; partnership_id: string },
  partnership: { can_manage_plan: number },
  input: ActivityUpdate,
) {
  if (partnership.can_manage_plan === 1) return;
  const detail = await repo.findActivityDetail(db, activity.id, activityScopes(db, actor, activity.partnership_id));
  if (!detail || detail.can_pledge !== 1) throw AppError.forbidden(text("plan.changeForbidden"));
  const allowed: readonly string[] = ACTIVITY_OWNER_FIELDS;
  if (Object.keys(input).some((field) => !allowed.includes(field))) throw AppError.forbidden(text("plan.ownerFieldsOnly"));
}

export async function updateActivity(db: Db, actor: Actor, activityId: string, input: ActivityUpdate) {
  await db.transaction().execute(async (trx) => {
    const { activity, partnership } = await loadActivity(trx, actor, activityId);
    await assertMayUpdateActivity(trx, actor, activity, partnership, input);
    if (activity.version !== input.version) throw AppError.stale();
    const patch: repo.ActivityPatch = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.ownerOrganizationId !== undefined) patch.owner_organization_id = input.ownerOrganizationId;
    if (input.ownerContactId !== undefined) patch.owner_contact_id = input.ownerContactId;
    if (input.dueOn !== undefined) patch.due_on = input.dueOn;
    if (input.resources !== undefined) patch.resources = input.resources;
    if (input.status !== undefined) patch.status = input.status;
    if (input.notes !== undefined) patch.notes = input.notes;
    if (input.meetingId !== undefined) patch.meeting_id = input.meetingId;
    if (input.ownerOrganizationId !== undefined || input.ownerContactId !== undefined) {
      const organizationId = input.ownerOrganizationId === undefined ? activity.owner_organization_id : input.ownerOrganizationId;
      // A new owner without a contact named drops the former owner's contact.
      const contactId =
        input.ownerContactId !== undefined
          ? input.ownerContactId
          : organizationId === activity.owner_organization_id
            ? activity.owner_contact_id
            : null;
      patch.owner_contact_id = contactId;
      await assertOwner(trx, activity.partnership_id, organizationId, contactId);
    }
    const changes = patchChanges(activity, patch);
    if (Object.keys(changes).length === 0) return;
    if (
      !(await repo.updateVersioned(trx, "plan_activities", activity.id, input.version, {
        ...patch,
        updated_at: now(),
        updated_by: actor.userId,
      }))
    ) {
      throw AppError.stale();
    }
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "plan_activity",
      entityId: activity.id,
      partnershipId: activity.partnership_id,
      organizationId: patch.owner_organization_id ?? activity.owner_organization_id,
      changes,
    });
  });
  return presentActivityById(db, actor, activityId);
}

export async function deleteActivity(db: Db, actor: Actor, activityId: string, version: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { activity, partnership } = await loadActivity(trx, actor, activityId);
    assertManages(partnership);
    if (activity.version !== version) throw AppError.stale();
    if (!(await repo.deleteVersioned(trx, "plan_activities", activity.id, version))) throw AppError.stale();
    const status = isActivityStatus(activity.status) ? activity.status : null;
    await audit(trx, actor, "plan_activity", "delete", activity, { title: activity.title, status }, activity.owner_organization_id);
  });
}

// Measure values.

/**
 * Records the value observed on a day. A second value for the same day replaces the first (its value
 * and note): a measure has one value a day, so entering it again corrects it. `created` says which.
 */
export async function recordValue(db: Db, actor: Actor, objectiveId: string, input: MeasureValueInput) {
  return db.transaction().execute(async (trx) => {
    const { objective, partnership } = await loadObjective(trx, actor, objectiveId);
    assertManages(partnership);
    const measure = measureOf(objective);
    if (!measure)
      throw new AppError("validation_failed", text("plan.noMeasure"), [{ field: "objectiveId", message: text("plan.noMeasureField") }]);
    const { created, id } = await upsertValue(trx, actor, objective, input);
    const row = await repo.findValue(trx, objective.id, id);
    if (!row) throw AppError.notFound("objective");
    return { created, value: presentValue(row, measure) };
  });
}

/** Inserts the day's value or replaces it, audited; shared with the import. */
export async function upsertValue(
  db: Db,
  actor: { userId: string | null },
  objective: { id: string; partnership_id: string },
  input: MeasureValueInput,
) {
  const note = input.note ?? null;
  const existing = await repo.findValueOn(db, objective.id, input.observedOn);
  if (existing) {
    const patch = { value: input.value, note };
    const changes = patchChanges({ ...existing, value: Number(existing.value) }, patch);
    if (Object.keys(changes).length > 0) {
      await repo.updateValue(db, existing.id, patch);
      await recordAudit(db, {
        userId: actor.userId,
        action: "update",
        entity: "measure_value",
        entityId: existing.id,
        partnershipId: objective.partnership_id,
        changes,
      });
    }
    return { created: false, id: existing.id, changed: Object.keys(changes).length > 0 };
  }
  const row = {
    id: newId(),
    objective_id: objective.id,
    partnership_id: objective.partnership_id,
    observed_on: input.observedOn,
    value: input.value,
    note,
    created_at: now(),
    created_by: actor.userId,
  };
  await repo.insertValue(db, row);
  await audit(db, actor, "measure_value", "create", row, {
    objective_id: row.objective_id,
    observed_on: row.observed_on,
    value: row.value,
    note,
  });
  return { created: true, id: row.id, changed: true };
}

export async function deleteValue(db: Db, actor: Actor, objectiveId: string, valueId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { objective, partnership } = await loadObjective(trx, actor, objectiveId);
    assertManages(partnership);
    const value = await repo.findValue(trx, objective.id, valueId);
    if (!value) throw new AppError("not_found", text("error.notFound", { what: text("plan.thing.value") }));
    await repo.deleteValue(trx, value.id);
    await audit(trx, actor, "measure_value", "delete", value, {
      objective_id: value.objective_id,
      observed_on: value.observed_on,
      value: Number(value.value),
      note: value.note,
    });
  });
}
