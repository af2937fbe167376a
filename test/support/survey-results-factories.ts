// Survey rounds with submitted responses written straight to the database, for the results' tests: an
// instrument stored as an added one (so nothing depends on the built-in list), its rounds, the people
// asked and what they answered.
import type { Kysely } from "kysely";
import type { Answers, Instrument, SurveyPerspective } from "../../src/domain/surveys/instrument.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { insertInstrumentRow } from "./survey-factories.js";
import { firstVersion } from "./stamps.js";

const both = (en: string, fr: string) => ({ en, fr });

/** Two agreement scores (one with a reverse item), one nobody answers, and the experience items of seed 002's tables. */
export const RESULTS_INSTRUMENT: Instrument = {
  id: "results-check",
  version: 1,
  title: both("Results check", "Vérification des résultats"),
  sections: [
    {
      key: "vision",
      title: both("Shared vision", "Vision commune"),
      items: [
        { id: "vision_shared", type: "agreement5", text: both("We share a vision.", "Nous partageons une vision."), required: false },
        {
          id: "vision_unclear",
          type: "agreement5",
          text: both("Our aims are unclear.", "Nos buts sont flous."),
          required: false,
          reverse: true,
        },
      ],
    },
    {
      key: "talk",
      title: both("Communication", "Communication"),
      items: [
        { id: "talk_open", type: "agreement5", text: both("We talk openly.", "Nous parlons ouvertement."), required: false },
        { id: "talk_never", type: "agreement5", text: both("Nobody answers this.", "Personne ne répond."), required: false },
      ],
    },
    {
      key: "experience",
      title: both("Your experience", "Votre expérience"),
      items: [
        {
          id: "involved_how",
          type: "single",
          text: both("How did you become involved?", "Comment vous êtes-vous engagés ?"),
          required: false,
          options: [
            { key: "approached_by_lead", label: both("Approached by the lead", "Sollicités par le responsable") },
            { key: "grew_from_discussion", label: both("Grew from discussion", "Issu de discussions") },
            { key: "approached_lead", label: both("Approached the lead", "Nous avons sollicité le responsable") },
          ],
        },
        {
          id: "benefits",
          type: "multiple",
          text: both("What benefits did you see?", "Quels avantages avez-vous constatés ?"),
          required: false,
          options: [
            { key: "resources", label: both("Resources", "Ressources") },
            { key: "expertise", label: both("Expertise", "Expertise") },
            { key: "visibility", label: both("Visibility", "Visibilité") },
          ],
        },
        { id: "again", type: "yesno", text: both("Would you partner again?", "Referiez-vous un partenariat ?"), required: false },
        { id: "comment", type: "text", text: both("Anything else?", "Autre chose ?"), required: false },
      ],
    },
  ],
  scores: [
    { key: "vision", title: both("Shared vision", "Vision commune"), items: ["vision_shared", "vision_unclear"] },
    { key: "talk", title: both("Communication", "Communication"), items: ["talk_open"] },
    { key: "unanswered", title: both("Unanswered", "Sans réponse"), items: ["talk_never"] },
  ],
  bands: [
    { key: "strength", label: both("Strength", "Force"), min: 4 },
    { key: "borderline", label: both("Borderline", "Limite"), min: 3 },
    { key: "concern", label: both("Concern", "Préoccupation"), min: 1 },
  ],
};

/** Stores the instrument as an added version (once: a second call leaves it as it is). */
export async function insertInstrument(db: Kysely<DB>, instrument: Instrument = RESULTS_INSTRUMENT): Promise<Instrument> {
  return insertInstrumentRow(db, instrument);
}

export type RoundFields = {
  partnershipId: string;
  instrument?: Pick<Instrument, "id" | "version">;
  label?: string;
  opensOn?: string;
  closesOn?: string;
  threshold?: number;
};

export async function buildRound(db: Kysely<DB>, fields: RoundFields): Promise<{ id: string; partnershipId: string }> {
  const id = newId();
  const at = now();
  const instrument = fields.instrument ?? RESULTS_INSTRUMENT;
  await db
    .insertInto("survey_rounds")
    .values({
      id,
      partnership_id: fields.partnershipId,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      label: fields.label ?? "baseline",
      opens_on: fields.opensOn ?? "2026-11-01",
      closes_on: fields.closesOn ?? "2026-11-30",
      threshold: fields.threshold ?? 3,
      reminder_days: null,
      group_id: null,
      closed_at: null,
      ...firstVersion(at),
    })
    .execute();
  return { id, partnershipId: fields.partnershipId };
}

export type RespondentFields = {
  organizationId: string;
  contactId?: string | null;
  perspective?: SurveyPerspective | null;
  /** Left out: asked, never answered. */
  answers?: Answers;
  /** false: answers saved, not submitted. */
  submitted?: boolean;
};

/** The people asked in a round, each with what they answered; one statement per table. */
export async function addRespondents(db: Kysely<DB>, round: { id: string; partnershipId: string }, people: RespondentFields[]) {
  const at = now();
  const version = await db
    .selectFrom("survey_rounds")
    .select(["instrument_id", "instrument_version"])
    .where("id", "=", round.id)
    .executeTakeFirstOrThrow();
  const rows = people.map((person) => ({ person, id: newId() }));
  if (rows.length === 0) return [];
  await db
    .insertInto("survey_respondents")
    .values(
      rows.map(({ person, id }) => ({
        id,
        round_id: round.id,
        partnership_id: round.partnershipId,
        contact_id: person.contactId ?? null,
        organization_id: person.organizationId,
        perspective: person.perspective ?? null,
        membership_id: null,
        expires_at: "2099-01-01T00:00:00.000Z",
        revoked_at: null,
        language: "en",
        invited_at: at,
        last_reminded_at: null,
        created_at: at,
      })),
    )
    .execute();
  const answered = rows.filter(({ person }) => person.answers !== undefined);
  if (answered.length > 0) {
    await db
      .insertInto("survey_responses")
      .values(
        answered.map(({ person, id }) => ({
          id: newId(),
          respondent_id: id,
          round_id: round.id,
          instrument_id: version.instrument_id,
          instrument_version: version.instrument_version,
          answers: JSON.stringify(person.answers),
          submitted_at: person.submitted === false ? null : at,
          version: 1,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
  }
  return rows.map(({ id }) => ({ id }));
}

/** The same answers from n people of an organization, all submitted. */
export function same(
  n: number,
  organizationId: string,
  answers: Answers,
  perspective: SurveyPerspective | null = null,
): RespondentFields[] {
  return Array.from({ length: n }, () => ({ organizationId, answers, perspective }));
}
