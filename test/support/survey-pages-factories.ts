// Survey rows written straight into the database, for the pages that show rounds and their results: a
// small stored instrument (two scores from agreement statements, one choice item), a round on it in a
// partnership, people asked from its members' organizations, and submitted responses.
import type { Kysely } from "kysely";
import type { Instrument } from "../../src/domain/surveys/instrument.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { insertInstrumentRow } from "./survey-factories.js";
import { firstVersion } from "./stamps.js";

const agree = (id: string, en: string, fr: string, reverse = false) => ({
  id,
  type: "agreement5" as const,
  text: { en, fr },
  required: true,
  ...(reverse ? { reverse } : {}),
});

/** A short check of a partnership's health, stored as a version 1 instrument. */
export const PAGE_INSTRUMENT: Instrument = {
  id: "pages-check",
  version: 1,
  title: { en: "Quick health check", fr: "Bilan de santé rapide" },
  sections: [
    {
      key: "health",
      title: { en: "How the partnership works", fr: "Comment le partenariat fonctionne" },
      items: [
        agree("vision_1", "We share a vision.", "Nous partageons une vision."),
        agree("vision_2", "We disagree about where we are going.", "Nous sommes en désaccord sur la direction.", true),
        agree("communication_1", "We hear from each other often enough.", "Nous nous parlons assez souvent."),
        {
          id: "satisfaction",
          type: "single",
          text: { en: "How well has the partnership gone?", fr: "Comment le partenariat s’est-il passé ?" },
          required: false,
          options: [
            { key: "very_well", label: { en: "Very well", fr: "Très bien" } },
            { key: "well", label: { en: "Well", fr: "Bien" } },
            { key: "badly", label: { en: "Badly", fr: "Mal" } },
          ],
        },
      ],
    },
  ],
  scores: [
    { key: "shared_vision", title: { en: "Shared vision", fr: "Vision commune" }, items: ["vision_1", "vision_2"] },
    { key: "communication", title: { en: "Communication", fr: "Communication" }, items: ["communication_1"] },
  ],
  bands: [
    { key: "strength", label: { en: "Strength", fr: "Force" }, min: 4 },
    { key: "borderline", label: { en: "Borderline", fr: "Limite" }, min: 3 },
    { key: "concern", label: { en: "Concern", fr: "Préoccupation" }, min: 1 },
  ],
};

/** Stores the instrument unless it is there already. */
export async function storePageInstrument(db: Kysely<DB>): Promise<Instrument> {
  return insertInstrumentRow(db, PAGE_INSTRUMENT);
}

/** Answers that vary from one response to the next, so that every chart has a spread. */
function answersFor(index: number): Record<string, number | string> {
  const scale = [4, 5, 3, 2, 4, 5];
  const value = scale[index % scale.length] ?? 4;
  return {
    vision_1: value,
    vision_2: 6 - value,
    communication_1: index % 4 === 3 ? "dont_know" : Math.max(1, value - 1),
    satisfaction: ["very_well", "well", "badly"][index % 3] ?? "well",
  };
}

type RoundOptions = { label?: string; opensOn?: string; closesOn?: string; threshold?: number; invited?: number; submitted?: number };

/**
 * An open round of the stored instrument in a partnership, asking `invited` people (6 unless told) from its
 * members' organizations in turn (their contacts where they have some), `submitted` of whom (2 unless told) have submitted.
 */
export async function buildPageRound(db: Kysely<DB>, partnershipId: string, options: RoundOptions = {}) {
  await storePageInstrument(db);
  const at = now();
  const today = at.slice(0, 10);
  const id = newId();
  await db
    .insertInto("survey_rounds")
    .values({
      id,
      partnership_id: partnershipId,
      instrument_id: PAGE_INSTRUMENT.id,
      instrument_version: PAGE_INSTRUMENT.version,
      label: options.label ?? "baseline",
      opens_on: options.opensOn ?? today,
      closes_on: options.closesOn ?? `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
      threshold: options.threshold ?? 3,
      reminder_days: 7,
      group_id: null,
      closed_at: null,
      ...firstVersion(at),
    })
    .execute();
  const members = await db
    .selectFrom("memberships")
    .leftJoin("contacts", "contacts.organization_id", "memberships.organization_id")
    .select(["memberships.organization_id as organizationId", "contacts.id as contactId"])
    .where("memberships.partnership_id", "=", partnershipId)
    .orderBy("memberships.organization_id")
    .orderBy("contacts.id")
    .execute();
  if (members.length === 0) throw new Error("the partnership has no member to ask");
  const invited = options.invited ?? 6;
  const respondents: string[] = [];
  for (let index = 0; index < invited; index += 1) {
    const member = members[index % members.length];
    if (!member) continue;
    const respondentId = newId();
    respondents.push(respondentId);
    await db
      .insertInto("survey_respondents")
      .values({
        id: respondentId,
        round_id: id,
        partnership_id: partnershipId,
        // A contact is asked once per round; past the contacts there are, people without a contact record.
        contact_id: index < members.length ? member.contactId : null,
        organization_id: member.organizationId,
        perspective: null,
        membership_id: null,
        expires_at: `${options.closesOn ?? "2999-12-31"}T23:59:59.999Z`,
        revoked_at: null,
        language: "en",
        invited_at: at,
        last_reminded_at: null,
        created_at: at,
      })
      .execute();
  }
  const round = { id, partnershipId, respondents };
  await submitPageResponses(db, round, options.submitted ?? 2);
  return round;
}

/** Brings the round's submitted responses up to `count`, each respondent in turn answering and submitting. */
export async function submitPageResponses(db: Kysely<DB>, round: { id: string; respondents: string[] }, count: number) {
  const done = await db.selectFrom("survey_responses").select("respondent_id").where("round_id", "=", round.id).execute();
  const answered = new Set(done.map((row) => row.respondent_id));
  const waiting = round.respondents.filter((respondent) => !answered.has(respondent));
  const at = now();
  for (const [offset, respondentId] of waiting.slice(0, Math.max(0, count - answered.size)).entries()) {
    await db
      .insertInto("survey_responses")
      .values({
        id: newId(),
        respondent_id: respondentId,
        round_id: round.id,
        instrument_id: PAGE_INSTRUMENT.id,
        instrument_version: PAGE_INSTRUMENT.version,
        answers: JSON.stringify(answersFor(answered.size + offset)),
        submitted_at: at,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
}
