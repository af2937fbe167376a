// A round's proposed action steps and the coordinator's decisions. Reading follows the round's
// partnership (`read`); deciding takes its `managePlan`. An accepted step becomes, in the same
// transaction, an activity of the plan pointing back at the round and score, under the objective named
// or else under an objective named after the score in a "Partnership health" goal made on first use
// (both titled in the deciding user's language, and found again under either language's title). A
// decided step may be reworded, and a dismissed one accepted later; an accepted one whose activity is in
// the plan stays accepted (its activity is changed or closed there).
import type { Kysely, Updateable } from "kysely";
import type { ActionProposals, ActionStepCreate, ActionStepUpdate } from "../../../contracts/action-steps.js";
import { proposingBands, proposeSteps } from "../../../domain/surveys/action-proposals.js";
import { BUILT_IN_SUGGESTIONS } from "../../../domain/surveys/built-in/suggestions.js";
import type { Instrument, InstrumentScore } from "../../../domain/surveys/instrument.js";
import type { BuiltInSuggestionInput } from "../../../domain/surveys/suggestion-library.js";
import type { DB, SurveyActionStepsTable } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { render, text, type Language } from "../../messages/render.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit, recordUpdate } from "../audit/repository.js";
import { findInstrument } from "../instruments/service.js";
import { roundFigures } from "../survey-results/service.js";
import { loadRoundAccess, type RoundAccess } from "../surveys/access.js";
import * as plan from "../plan/repository.js";
import { assertOwner } from "../plan/service.js";
import { loadLibrary } from "./library-service.js";
import { presentStep } from "./presenter.js";
import * as repo from "./repository.js";

type Db = Kysely<DB>;
type BuiltIns = readonly BuiltInSuggestionInput[];
type Round = RoundAccess;
/** Where an accepted step's activity goes in the plan, who owns it and when it is due. */
type Placement = Pick<ActionStepCreate, "objectiveId" | "ownerOrganizationId" | "ownerContactId" | "dueOn">;

export async function getProposals(
  db: Db,
  actor: Actor,
  roundId: string,
  borderline: boolean,
  builtIns: BuiltIns = BUILT_IN_SUGGESTIONS,
): Promise<ActionProposals> {
  const round = await loadRoundAccess(db, actor, roundId);
  const [instrument, steps, library] = await Promise.all([
    findInstrument(db, round.instrument_id, round.instrument_version),
    repo.listSteps(db, round.id),
    loadLibrary(db, { instrument: round.instrument_id }, builtIns),
  ]);
  const outcome = instrument ? await roundFigures(db, round, instrument) : null;
  const presented = steps.map(presentStep);
  // Each score's figure is the one its results show: none where the results withhold it.
  const scores = (outcome?.scores ?? []).map((score) => ({
    key: score.key,
    title: score.title,
    mean: score.withheld ? null : score.mean,
    band: score.withheld ? null : score.band,
    steps: presented.filter((step) => step.scoreKey === score.key),
  }));
  const bands = proposingBands(instrument?.bands ?? [], borderline);
  return {
    roundId: round.id,
    partnershipId: round.partnership_id,
    canDecide: round.can_manage_plan === 1,
    withheld: outcome?.withheld ?? true,
    borderline,
    scores: proposeSteps(round.instrument_id, scores, bands, library),
  };
}

async function requireScore(db: Db, round: Round, scoreKey: string): Promise<{ instrument: Instrument; score: InstrumentScore }> {
  const instrument = await findInstrument(db, round.instrument_id, round.instrument_version);
  const score = instrument?.scores.find((candidate) => candidate.key === scoreKey);
  if (!instrument || !score) throw AppError.invalid("scoreKey", text("actionSteps.noSuchScore"));
  const shown = (await roundFigures(db, round, instrument)).scores.find((candidate) => candidate.key === scoreKey);
  if (!shown || shown.withheld) throw AppError.invalid("scoreKey", text("actionSteps.scoreWithheld"));
  return { instrument, score };
}

/** The suggestion a decision names, if it is in the library for the score and not decided yet for the round. */
async function requireSuggestion(db: Db, round: Round, scoreKey: string, key: string | undefined, builtIns: BuiltIns) {
  if (key === undefined) return null;
  const library = await loadLibrary(db, { instrument: round.instrument_id, score: scoreKey }, builtIns);
  const suggestion = library.find((candidate) => candidate.key === key);
  if (!suggestion) throw AppError.invalid("suggestionKey", text("actionSteps.noSuchSuggestion"));
  if (await repo.findStepOfSuggestion(db, round.id, scoreKey, key)) throw new AppError("conflict", text("actionSteps.alreadyDecided"));
  return suggestion;
}

/** The round as the caller may decide its steps: 404 unless it reads the partnership, 403 without its `managePlan`. */
async function loadDecidingRound(db: Db, actor: Actor, roundId: string): Promise<Round> {
  const round = await loadRoundAccess(db, actor, roundId);
  if (round.can_manage_plan !== 1) throw AppError.forbidden(text("actionSteps.decideForbidden"));
  return round;
}

async function presentOne(db: Db, roundId: string, stepId: string) {
  const [step] = await repo.listSteps(db, roundId, stepId);
  if (!step) throw AppError.notFound("actionStep");
  return presentStep(step);
}

export async function decideStep(
  db: Db,
  actor: Actor,
  roundId: string,
  input: ActionStepCreate,
  language: Language,
  builtIns: BuiltIns = BUILT_IN_SUGGESTIONS,
) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const round = await loadDecidingRound(trx, actor, roundId);
    const { score } = await requireScore(trx, round, input.scoreKey);
    const suggestion = await requireSuggestion(trx, round, input.scoreKey, input.suggestionKey, builtIns);
    const stepText = input.text ?? suggestion?.text[language];
    if (!stepText) throw AppError.invalid("text", text("actionSteps.textNeeded"));
    const activityId = input.decision === "accept" ? await acceptAsActivity(trx, actor, round, score, stepText, input) : null;
    const at = now();
    const row = {
      id,
      round_id: round.id,
      partnership_id: round.partnership_id,
      score_key: input.scoreKey,
      suggestion_key: suggestion?.key ?? null,
      text: stepText,
      status: input.decision === "accept" ? "accepted" : "dismissed",
      activity_id: activityId,
      version: 1,
      created_at: at,
      created_by: actor.userId,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertStep(trx, row);
    const { round_id, score_key, suggestion_key, status, activity_id } = row;
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "survey_action_step",
      entityId: id,
      partnershipId: round.partnership_id,
      changes: insertChanges({ round_id, score_key, suggestion_key, text: stepText, status, activity_id }),
    });
  });
  return presentOne(db, roundId, id);
}

/**
 * Rewords a decided step or changes its decision. A dismissed step accepted becomes an activity as an
 * acceptance does; an accepted one whose activity is in the plan is not dismissed. A change that changes
 * nothing writes nothing.
 */
export async function updateStep(db: Db, actor: Actor, roundId: string, stepId: string, input: ActionStepUpdate) {
  await db.transaction().execute(async (trx) => {
    const round = await loadDecidingRound(trx, actor, roundId);
    const [step] = await repo.listSteps(trx, round.id, stepId);
    if (!step) throw AppError.notFound("actionStep");
    if (step.version !== input.version) throw AppError.stale();
    const patch: Updateable<SurveyActionStepsTable> = {};
    if (input.text !== undefined) patch.text = input.text;
    if (input.decision === "dismiss" && step.status === "accepted") {
      if (step.activity_id !== null) throw new AppError("conflict", text("actionSteps.inPlan"));
      patch.status = "dismissed";
    }
    if (input.decision === "accept" && step.status !== "accepted") {
      const { score } = await requireScore(trx, round, step.score_key);
      patch.status = "accepted";
      patch.activity_id = await acceptAsActivity(trx, actor, round, score, input.text ?? step.text, input);
    }
    const current = { text: step.text, status: step.status, activity_id: step.activity_id };
    const event = { userId: actor.userId, entity: "survey_action_step", entityId: step.id, partnershipId: round.partnership_id };
    await recordUpdate(trx, { ...event, current, patch }, async () => {
      const stamped = { ...patch, updated_at: now(), updated_by: actor.userId };
      if (!(await repo.updateStep(trx, step.id, step.version, stamped))) throw AppError.stale();
    });
  });
  return presentOne(db, roundId, stepId);
}

function edited(actor: Actor) {
  const at = now();
  return { version: 1, created_at: at, created_by: actor.userId, updated_at: at, updated_by: actor.userId };
}

async function auditCreate(
  db: Db,
  actor: Actor,
  entity: string,
  row: { id: string; partnership_id: string },
  fields: Record<string, unknown>,
) {
  await recordAudit(db, {
    userId: actor.userId,
    action: "create",
    entity,
    entityId: row.id,
    partnershipId: row.partnership_id,
    changes: insertChanges(fields),
  });
}

/** The objective named (this partnership's), or the score's objective under the health goal, made on first use. */
async function objectiveFor(db: Db, actor: Actor, round: Round, score: InstrumentScore, objectiveId: string | undefined) {
  if (objectiveId !== undefined) {
    const objective = await plan.findObjective(db, objectiveId);
    if (!objective || objective.partnership_id !== round.partnership_id)
      throw AppError.invalid("objectiveId", text("actionSteps.objectiveNotInPlan"));
    return objective.id;
  }
  const goalTitle = { en: render("en", text("actionSteps.healthGoal")), fr: render("fr", text("actionSteps.healthGoal")) };
  let goal = await repo.findGoalTitled(db, round.partnership_id, [goalTitle.en, goalTitle.fr]);
  if (!goal) {
    const row = {
      id: newId(),
      partnership_id: round.partnership_id,
      title: goalTitle[actor.locale],
      description: null,
      position: await plan.nextPosition(db, "plan_goals", "partnership_id", round.partnership_id),
      ...edited(actor),
    };
    await plan.insertGoal(db, row);
    await auditCreate(db, actor, "plan_goal", row, { title: row.title, position: row.position });
    goal = row;
  }
  const existing = await repo.findObjectiveTitled(db, goal.id, [score.title.en, score.title.fr]);
  if (existing) return existing.id;
  const row = {
    id: newId(),
    goal_id: goal.id,
    partnership_id: round.partnership_id,
    title: score.title[actor.locale],
    description: null,
    position: await plan.nextPosition(db, "plan_objectives", "goal_id", goal.id),
    ...edited(actor),
  };
  await plan.insertObjective(db, row);
  await auditCreate(db, actor, "plan_objective", row, { goal_id: row.goal_id, title: row.title, position: row.position });
  return row.id;
}

/** The activity an accepted step becomes, linked back to the round and score; its id. */
async function acceptAsActivity(db: Db, actor: Actor, round: Round, score: InstrumentScore, title: string, input: Placement) {
  const objectiveId = await objectiveFor(db, actor, round, score, input.objectiveId);
  const ownerOrganizationId = input.ownerOrganizationId ?? null;
  const ownerContactId = input.ownerContactId ?? null;
  await assertOwner(db, round.partnership_id, ownerOrganizationId, ownerContactId);
  const row = {
    id: newId(),
    objective_id: objectiveId,
    partnership_id: round.partnership_id,
    // An activity's title is a line of 200 characters at most; a longer step is kept whole in its notes.
    title: title.length > 200 ? `${title.slice(0, 199)}…` : title,
    owner_organization_id: ownerOrganizationId,
    owner_contact_id: ownerContactId,
    due_on: input.dueOn ?? null,
    resources: null,
    status: "planned",
    notes: title.length > 200 ? title : null,
    meeting_id: null,
    survey_round_id: round.id,
    survey_score_key: score.key,
    position: await plan.nextPosition(db, "plan_activities", "objective_id", objectiveId),
    ...edited(actor),
  };
  await plan.insertActivity(db, row);
  const { objective_id, owner_organization_id, owner_contact_id, due_on, status, survey_round_id, survey_score_key } = row;
  await recordAudit(db, {
    userId: actor.userId,
    action: "create",
    entity: "plan_activity",
    entityId: row.id,
    partnershipId: round.partnership_id,
    organizationId: ownerOrganizationId,
    changes: insertChanges({
      objective_id,
      title: row.title,
      owner_organization_id,
      owner_contact_id,
      due_on,
      status,
      survey_round_id,
      survey_score_key,
    }),
  });
  return row.id;
}
