// Survey rows written straight into the database for the action-step tests: a stored instrument with
// bands, a round of it in a partnership, and submitted responses (each with its respondent).
import type { Kysely } from "kysely";
import type { DB } from "../../src/server/db/schema.js";
import type { Answers, Instrument } from "../../src/domain/surveys/instrument.js";
import { newId, now } from "../../src/server/ids.js";
import { insertInstrumentRow } from "./survey-factories.js";
import { firstVersion } from "./stamps.js";

let serial = 0;
const next = () => (serial += 1);

const agree = (id: string, en: string, fr: string, reverse = false) => ({
  id,
  type: "agreement5" as const,
  text: { en, fr },
  required: false,
  ...(reverse ? { reverse: true } : {}),
});

/** Two scores, communication and vision, with the health check's three bands. */
export function actionInstrument(id = `action-check-${next()}`): Instrument {
  return {
    id,
    version: 1,
    title: { en: "Action check", fr: "Bilan d’action" },
    sections: [
      {
        key: "main",
        title: { en: "How it goes", fr: "Comment ça va" },
        items: [
          agree("c1", "We hear from each other", "Nous avons des nouvelles les uns des autres"),
          agree("c2", "We learn news too late", "Nous apprenons les nouvelles trop tard", true),
          agree("v1", "We share a vision", "Nous partageons une vision"),
        ],
      },
    ],
    scores: [
      { key: "communication", title: { en: "Communication", fr: "Communication" }, items: ["c1", "c2"] },
      { key: "vision", title: { en: "Shared vision", fr: "Vision commune" }, items: ["v1"] },
    ],
    bands: [
      { key: "strength", label: { en: "Strength", fr: "Force" }, min: 4 },
      { key: "borderline", label: { en: "Borderline", fr: "Limite" }, min: 3 },
      { key: "concern", label: { en: "Concern", fr: "Préoccupation" }, min: 1 },
    ],
  };
}

export async function buildInstrument(db: Kysely<DB>, instrument: Instrument = actionInstrument()) {
  return insertInstrumentRow(db, instrument);
}

export async function buildRound(
  db: Kysely<DB>,
  partnershipId: string,
  instrument: Instrument,
  overrides: { label?: string; threshold?: number } = {},
) {
  const id = newId();
  const at = now();
  await db
    .insertInto("survey_rounds")
    .values({
      id,
      partnership_id: partnershipId,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      label: overrides.label ?? "baseline",
      opens_on: "2026-01-05",
      closes_on: "2026-02-05",
      threshold: overrides.threshold ?? 3,
      reminder_days: null,
      group_id: null,
      closed_at: null,
      ...firstVersion(at),
    })
    .execute();
  return { id, partnershipId, instrument };
}

/** A submitted response per answer set, each from its own respondent answering for the organization. */
export async function buildResponses(
  db: Kysely<DB>,
  round: { id: string; partnershipId: string; instrument: Instrument },
  organizationId: string,
  answers: Answers[],
) {
  for (const answerSet of answers) {
    const respondentId = newId();
    const at = now();
    await db
      .insertInto("survey_respondents")
      .values({
        id: respondentId,
        round_id: round.id,
        partnership_id: round.partnershipId,
        contact_id: null,
        organization_id: organizationId,
        perspective: null,
        membership_id: null,
        expires_at: "2026-02-06T00:00:00.000Z",
        revoked_at: null,
        language: "en",
        invited_at: at,
        last_reminded_at: null,
        created_at: at,
      })
      .execute();
    await db
      .insertInto("survey_responses")
      .values({
        id: newId(),
        respondent_id: respondentId,
        round_id: round.id,
        instrument_id: round.instrument.id,
        instrument_version: round.instrument.version,
        answers: JSON.stringify(answerSet),
        submitted_at: at,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
}

/** Three responses: communication a concern (mean 2.00, c2 reversed), vision borderline (3.33). */
export const WEAK_ANSWERS: Answers[] = [
  { c1: 2, c2: 4, v1: 3 },
  { c1: 1, c2: 5, v1: 4 },
  { c1: 3, c2: 3, v1: 3 },
];

/** A round of a fresh instrument in the partnership with three responses giving a concern and a borderline score. */
export async function buildWeakRound(db: Kysely<DB>, partnershipId: string, organizationId: string, overrides: { label?: string } = {}) {
  const instrument = await buildInstrument(db);
  const round = await buildRound(db, partnershipId, instrument, overrides);
  await buildResponses(db, round, organizationId, WEAK_ANSWERS);
  return round;
}

/** A suggestion added to the library for a fresh instrument's communication score; its key is its id. */
export async function buildSuggestion(db: Kysely<DB>) {
  const instrument = await buildInstrument(db);
  const id = newId();
  const at = now();
  await db
    .insertInto("action_suggestions")
    .values({
      id,
      built_in_key: null,
      instrument_id: instrument.id,
      score_key: "communication",
      text_en: "Meet every month",
      text_fr: "Se réunir chaque mois",
      hidden: 0,
      position: 1,
      ...firstVersion(at),
    })
    .execute();
  return { id, instrumentId: instrument.id };
}

/** A step of the round's communication score decided as dismissed, not from the library. */
export async function buildDismissedStep(db: Kysely<DB>, round: { id: string; partnershipId: string }, text = "Meet every month") {
  const id = newId();
  const at = now();
  await db
    .insertInto("survey_action_steps")
    .values({
      id,
      round_id: round.id,
      partnership_id: round.partnershipId,
      score_key: "communication",
      suggestion_key: null,
      text,
      status: "dismissed",
      activity_id: null,
      ...firstVersion(at),
    })
    .execute();
  return { id, roundId: round.id };
}
