// A respondent's personal link, made directly in the database: a stored instrument with one item of
// every type (in English and French), a round of it in a partnership that is open now, and a respondent
// whose token is known to the test.
import type { Kysely } from "kysely";
import type { Instrument } from "../../src/domain/surveys/instrument.js";
import { hashToken, randomToken } from "../../src/server/crypto.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { buildContact, buildMembership, buildOrganization, buildPartnership } from "./factories.js";
import { insertInstrumentRow } from "./survey-factories.js";
import { firstVersion } from "./stamps.js";

const en = (text: string, fr: string) => ({ en: text, fr });

/** One item of each type; three of them required. */
export const EVERY_ITEM_INSTRUMENT: Instrument = {
  id: "every-item-check",
  version: 1,
  title: en("Partnership check-up", "Bilan du partenariat"),
  description: en("A few questions on how the partnership works.", "Quelques questions sur le fonctionnement du partenariat."),
  sections: [
    {
      key: "working",
      title: en("Working together", "Travailler ensemble"),
      items: [
        {
          id: "vision",
          type: "agreement5",
          required: true,
          text: en(
            "Partners share a clear vision of what the partnership should achieve.",
            "Les partenaires partagent une vision claire de ce que le partenariat doit accomplir.",
          ),
        },
        {
          id: "conflict",
          type: "agreement5",
          required: false,
          reverse: true,
          text: en("Disagreements between partners are left unresolved.", "Les désaccords entre partenaires restent sans solution."),
        },
        {
          id: "involved",
          type: "single",
          required: true,
          text: en("How did your organization become involved?", "Comment votre organisme s’est-il joint au partenariat ?"),
          options: [
            { key: "approached", label: en("Approached by the lead", "Sollicité par l’organisme responsable") },
            { key: "discussion", label: en("Grew from inter-agency discussion", "Issu de discussions entre organismes") },
            { key: "approached_lead", label: en("Approached the lead", "A sollicité l’organisme responsable") },
          ],
        },
      ],
    },
    {
      key: "results",
      title: en("Results", "Résultats"),
      items: [
        {
          id: "benefits",
          type: "multiple",
          required: false,
          text: en("Which benefits did your organization see?", "Quels avantages votre organisme en a-t-il tirés ?"),
          options: [
            { key: "contacts", label: en("New contacts", "De nouveaux contacts") },
            { key: "knowledge", label: en("Knowledge of the issue", "Une meilleure connaissance de l’enjeu") },
            { key: "services", label: en("Better services", "De meilleurs services") },
          ],
        },
        {
          id: "future",
          type: "yesno",
          required: true,
          text: en(
            "Would your organization pursue partnerships after the funding ends?",
            "Votre organisme poursuivrait-il des partenariats après la fin du financement ?",
          ),
        },
        {
          id: "meetings",
          type: "number",
          required: false,
          min: 0,
          max: 100,
          text: en(
            "How many partnership meetings did your organization attend?",
            "À combien de réunions du partenariat votre organisme a-t-il assisté ?",
          ),
        },
        {
          id: "achievement",
          type: "text",
          required: false,
          text: en("In a few words, the partnership's main achievement", "En quelques mots, la principale réalisation du partenariat"),
        },
        {
          id: "comments",
          type: "longtext",
          required: false,
          help: en("Your words are seen only among all answers.", "Vos mots ne sont vus que parmi l’ensemble des réponses."),
          text: en("Anything else you would like to say?", "Souhaitez-vous ajouter quelque chose ?"),
        },
      ],
    },
  ],
  scores: [{ key: "working", title: en("Working together", "Travailler ensemble"), items: ["vision", "conflict"] }],
  bands: [
    { key: "strength", label: en("Strength", "Force"), min: 4 },
    { key: "borderline", label: en("Borderline", "Limite"), min: 3 },
    { key: "concern", label: en("Concern", "Préoccupation"), min: 1 },
  ],
};

export type ResponseLinkOverrides = {
  partnershipId?: string;
  instrument?: Instrument;
  /** The respondent's preferred language (English unless given). */
  language?: "en" | "fr";
  opensOn?: string;
  closesOn?: string;
  threshold?: number;
};

/** Stores the instrument, unless that version is stored already. */
export async function storeInstrument(db: Kysely<DB>, instrument: Instrument): Promise<void> {
  await insertInstrumentRow(db, instrument);
}

/** An open round of the instrument and one respondent, a member organization's contact: its token opens /respond/<token>. */
export async function buildResponseLink(db: Kysely<DB>, overrides: ResponseLinkOverrides = {}) {
  const instrument = overrides.instrument ?? EVERY_ITEM_INSTRUMENT;
  await storeInstrument(db, instrument);
  const partnership = overrides.partnershipId
    ? await db.selectFrom("partnerships").select(["id", "name"]).where("id", "=", overrides.partnershipId).executeTakeFirstOrThrow()
    : await buildPartnership(db);
  const organization = await buildOrganization(db);
  await buildMembership(db, partnership.id, organization.id);
  const contact = await buildContact(db, organization.id);
  const at = now();
  const closesOn = overrides.closesOn ?? "2099-06-30";
  const roundId = newId();
  await db
    .insertInto("survey_rounds")
    .values({
      id: roundId,
      partnership_id: partnership.id,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      label: "baseline",
      opens_on: overrides.opensOn ?? "2026-01-01",
      closes_on: closesOn,
      threshold: overrides.threshold ?? 3,
      reminder_days: null,
      group_id: null,
      closed_at: null,
      ...firstVersion(at),
    })
    .execute();
  const token = randomToken();
  const respondentId = newId();
  await db
    .insertInto("survey_respondents")
    .values({
      id: respondentId,
      round_id: roundId,
      partnership_id: partnership.id,
      contact_id: contact.id,
      organization_id: organization.id,
      perspective: null,
      membership_id: null,
      expires_at: `${closesOn}T23:59:59.999Z`,
      revoked_at: null,
      language: overrides.language ?? "en",
      invited_at: at,
      last_reminded_at: null,
      created_at: at,
    })
    .execute();
  await db
    .insertInto("survey_respondent_tokens")
    .values({ token_hash: hashToken(token), respondent_id: respondentId, created_at: at, revoked_at: null })
    .execute();
  return { token, respondentId, roundId, instrument, partnership: { id: partnership.id, name: partnership.name }, organization, contact };
}
