// What the respondent's side reads, made directly in the database: a small instrument of every item
// type (and an involvement checklist) stored in the instruments table, a round of it in a partnership,
// and respondents whose tokens the test knows.
import type { Kysely } from "kysely";
import type { Instrument, SurveyPerspective } from "../../src/domain/surveys/instrument.js";
import type { DB } from "../../src/server/db/schema.js";
import { hashToken, randomToken } from "../../src/server/crypto.js";
import { newId, now } from "../../src/server/ids.js";
import { buildMembership, buildOrganization, buildPartnership, buildContact } from "./factories.js";
import { dayFromToday, insertInstrumentRow } from "./survey-factories.js";
import { firstVersion } from "./stamps.js";

let counter = 0;
export { dayFromToday };

const both = (en: string, fr: string) => ({ en, fr });

/** An instrument with one item of each type; `trust` and `goals` are required. */
export function sampleInstrument(id: string): Instrument {
  return {
    id,
    version: 1,
    title: both("Sample check", "Bilan type"),
    sections: [
      {
        key: "main",
        title: both("Working together", "Travailler ensemble"),
        items: [
          { id: "trust", type: "agreement5", text: both("We trust each other.", "Nous nous faisons confiance."), required: true },
          {
            id: "conflict",
            type: "agreement5",
            text: both("Conflicts go unresolved.", "Les conflits restent sans suite."),
            required: false,
            reverse: true,
          },
          {
            id: "goals",
            type: "single",
            text: both("Are the goals shared?", "Les objectifs sont-ils partagés\u202f?"),
            required: true,
            options: [
              { key: "fully", label: both("Fully", "Entièrement") },
              { key: "partly", label: both("Partly", "En partie") },
            ],
          },
          {
            id: "benefits",
            type: "multiple",
            text: both("Benefits seen", "Avantages constatés"),
            required: false,
            options: [
              { key: "funding", label: both("Funding", "Financement") },
              { key: "contacts", label: both("Contacts", "Contacts") },
              { key: "skills", label: both("Skills", "Compétences") },
            ],
          },
          { id: "again", type: "yesno", text: both("Would you do it again?", "Recommenceriez-vous\u202f?"), required: false },
          { id: "meetings", type: "number", text: both("Meetings attended", "Réunions suivies"), required: false, min: 0, max: 50 },
          { id: "role", type: "text", text: both("Your role", "Votre rôle"), required: false },
          { id: "comments", type: "longtext", text: both("Comments", "Commentaires"), required: false },
        ],
      },
    ],
    scores: [{ key: "trust", title: both("Trust", "Confiance"), items: ["trust", "conflict"] }],
    bands: [
      { key: "strength", label: both("Strength", "Force"), min: 4 },
      { key: "concern", label: both("Concern", "Préoccupation"), min: 1 },
    ],
  };
}

/** An involvement checklist of three indicators, worded for each perspective. */
export function sampleChecklist(id: string): Instrument {
  const item = (key: string, lead: string, partner: string) => ({
    id: key,
    type: "yesno" as const,
    text: both(lead, lead),
    perspectiveText: { lead: both(lead, `${lead} (fr)`), partner: both(partner, `${partner} (fr)`) },
    required: false,
  });
  return {
    id,
    version: 1,
    title: both("Involvement", "Participation"),
    purpose: "involvement",
    sections: [
      {
        key: "involvement",
        title: both("Involvement", "Participation"),
        items: [
          item("proposal_copy", "Did this partner receive the proposal?", "Did your organization receive the proposal?"),
          item("support_letter", "Did this partner write a letter of support?", "Did your organization write a letter of support?"),
          item("coordinated_activities", "Did this partner coordinate activities?", "Did your organization coordinate activities?"),
        ],
      },
    ],
    scores: [],
    bands: [],
  };
}

export async function storeInstrument(db: Kysely<DB>, instrument: Instrument): Promise<Instrument> {
  return insertInstrumentRow(db, instrument);
}

export type RoundOverrides = { label?: string; opensOn?: string; closesOn?: string; closedAt?: string | null; instrument?: Instrument };

/** A partnership with a member organization and a round of a stored instrument, open today unless told otherwise. */
export async function buildSurveyScene(db: Kysely<DB>, overrides: RoundOverrides = {}) {
  counter += 1;
  const instrument =
    overrides.instrument ??
    (await storeInstrument(
      db,
      sampleInstrument(
        `sample-${counter}-${randomToken(4)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, "x")}`,
      ),
    ));
  const partnership = await buildPartnership(db);
  const member = await buildOrganization(db);
  const membership = await buildMembership(db, partnership.id, member.id);
  const roundId = newId();
  const at = now();
  const label = overrides.label ?? "baseline";
  await db
    .insertInto("survey_rounds")
    .values({
      id: roundId,
      partnership_id: partnership.id,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      label,
      opens_on: overrides.opensOn ?? dayFromToday(-1),
      closes_on: overrides.closesOn ?? dayFromToday(14),
      threshold: 3,
      reminder_days: null,
      group_id: null,
      closed_at: overrides.closedAt ?? null,
      ...firstVersion(at),
    })
    .execute();
  return { instrument, partnership, member, membership, round: { id: roundId, label } };
}

export type RespondentOverrides = {
  organizationId?: string;
  perspective?: SurveyPerspective | null;
  membershipId?: string | null;
  language?: "en" | "fr";
  expiresAt?: string;
  revokedAt?: string | null;
  contactName?: string;
};

/** A respondent of the round with a token the test knows (stored hashed, as the real links are). */
export async function buildRespondent(
  db: Kysely<DB>,
  scene: Awaited<ReturnType<typeof buildSurveyScene>>,
  overrides: RespondentOverrides = {},
) {
  const organizationId = overrides.organizationId ?? scene.member.id;
  const contact = await buildContact(db, organizationId, { name: overrides.contactName ?? `Respondent ${(counter += 1)}` });
  const id = newId();
  const token = randomToken();
  await db
    .insertInto("survey_respondents")
    .values({
      id,
      round_id: scene.round.id,
      partnership_id: scene.partnership.id,
      contact_id: contact.id,
      organization_id: organizationId,
      perspective: overrides.perspective ?? null,
      membership_id: overrides.membershipId ?? null,
      expires_at: overrides.expiresAt ?? `${dayFromToday(15)}T00:00:00.000Z`,
      revoked_at: overrides.revokedAt ?? null,
      language: overrides.language ?? "en",
      invited_at: now(),
      last_reminded_at: null,
      created_at: now(),
    })
    .execute();
  await db
    .insertInto("survey_respondent_tokens")
    .values({ token_hash: hashToken(token), respondent_id: id, created_at: now(), revoked_at: null })
    .execute();
  return { id, token, contact };
}
