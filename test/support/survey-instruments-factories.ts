// Instrument documents for tests: one small instrument with every item type, a score and bands,
// an involvement checklist of two indicators (each call a fresh copy to change), and a bare round.
import type { Kysely } from "kysely";
import type { Instrument } from "../../src/domain/surveys/instrument.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { firstVersion } from "./stamps.js";

const t = (en: string, fr: string) => ({ en, fr });

/** A two-section instrument using every item type; `overrides` replace top-level fields. */
export function buildInstrumentDocument(overrides: Partial<Instrument> = {}): Instrument {
  return {
    id: "city-pulse",
    version: 1,
    title: t("City pulse", "Pouls de la ville"),
    description: t("How the partnership is going.", "Comment va le partenariat."),
    sections: [
      {
        key: "trust",
        title: t("Trust", "Confiance"),
        items: [
          {
            id: "trust_1",
            type: "agreement5",
            text: t("Partners trust each other.", "Les partenaires se font confiance."),
            required: true,
          },
          {
            id: "trust_2",
            type: "agreement5",
            text: t("Partners hide problems.", "Les partenaires cachent les problèmes."),
            required: false,
            reverse: true,
          },
        ],
      },
      {
        key: "about",
        title: t("About you", "À votre sujet"),
        items: [
          {
            id: "role",
            type: "single",
            text: t("Your role", "Votre rôle"),
            required: true,
            options: [
              { key: "lead", label: t("Lead", "Responsable") },
              { key: "member", label: t("Member", "Membre") },
            ],
          },
          {
            id: "benefits",
            type: "multiple",
            text: t("Benefits seen", "Avantages constatés"),
            required: false,
            options: [
              { key: "funding", label: t("Funding", "Financement") },
              { key: "contacts", label: t("Contacts", "Contacts") },
              { key: "skills", label: t("Skills", "Compétences") },
            ],
          },
          { id: "again", type: "yesno", text: t("Would you do it again?", "Recommenceriez-vous\u202f?"), required: false },
          { id: "staff", type: "number", text: t("Staff involved", "Personnel engagé"), required: false, min: 0, max: 500 },
          { id: "summary", type: "text", text: t("In a word", "En un mot"), required: false },
          { id: "comments", type: "longtext", text: t("Comments", "Commentaires"), required: false },
        ],
      },
    ],
    scores: [{ key: "trust", title: t("Trust", "Confiance"), items: ["trust_1", "trust_2"] }],
    bands: [
      { key: "strength", label: t("Strength", "Force"), min: 4 },
      { key: "borderline", label: t("Borderline", "Limite"), min: 3 },
      { key: "concern", label: t("Concern", "Préoccupation"), min: 1 },
    ],
    ...overrides,
  };
}

/** An involvement checklist of two indicators, worded for the lead and for the partner. */
export function buildChecklistDocument(overrides: Partial<Instrument> = {}): Instrument {
  return {
    id: "mini-checklist",
    version: 1,
    title: t("Involvement", "Participation"),
    purpose: "involvement",
    sections: [
      {
        key: "involvement",
        title: t("Involvement", "Participation"),
        items: [
          {
            id: "shared_decision_making",
            type: "yesno",
            text: t("Shared decisions", "Décisions partagées"),
            perspectiveText: {
              lead: t("Did this partner share decisions?", "Ce partenaire a-t-il partagé les décisions\u202f?"),
              partner: t("Did your organization share decisions?", "Votre organisme a-t-il partagé les décisions\u202f?"),
            },
            required: true,
          },
          { id: "coordinated_activities", type: "yesno", text: t("Coordinated activities", "Activités coordonnées"), required: true },
        ],
      },
    ],
    scores: [],
    bands: [],
    ...overrides,
  };
}

/** A round of an instrument in a partnership, inserted as it is stored (no respondents). */
export async function buildInstrumentRound(db: Kysely<DB>, partnershipId: string, instrumentId: string, version = 1): Promise<string> {
  const id = newId();
  const at = now();
  await db
    .insertInto("survey_rounds")
    .values({
      id,
      partnership_id: partnershipId,
      instrument_id: instrumentId,
      instrument_version: version,
      label: "baseline",
      opens_on: "2026-01-01",
      closes_on: "2026-02-01",
      threshold: 3,
      reminder_days: null,
      group_id: null,
      closed_at: null,
      ...firstVersion(at),
    })
    .execute();
  return id;
}
