// What the survey rounds' tests need, made directly in the database: a small instrument (an agreement
// scale, or an involvement checklist), a partnership whose lead and members each have a representative
// with an address (one of them French), its coordinator, and a response saved or submitted.
import type { Kysely } from "kysely";
import type { Instrument } from "../../src/domain/surveys/instrument.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { buildPartnership, buildProgram, buildUser, tokenFor } from "./factories.js";
import { buildRepresentative, buildRepresentedMember } from "./reminder-factories.js";
import { dayFromToday, insertInstrumentRow, respondentsOf } from "./survey-factories.js";

const localized = (en: string, fr: string) => ({ en, fr });

let serial = 0;

/** Stores an instrument version and returns it: a two-item agreement scale, or a two-indicator involvement checklist. */
export async function buildInstrument(db: Kysely<DB>, overrides: { id?: string; version?: number; involvement?: boolean } = {}) {
  serial += 1;
  const involvement = overrides.involvement ?? false;
  const instrument: Instrument = {
    id: overrides.id ?? `${involvement ? "checklist" : "pulse"}-${serial}-${Math.random().toString(36).slice(2, 8)}`,
    version: overrides.version ?? 1,
    title: involvement
      ? localized("Involvement checklist", "Liste de participation")
      : localized("Partnership pulse", "Pouls du partenariat"),
    ...(involvement ? { purpose: "involvement" as const } : {}),
    sections: [
      {
        key: "main",
        title: localized("Main", "Principal"),
        items: involvement
          ? [
              {
                id: "coordinated_activities",
                type: "yesno",
                text: localized("Coordinated activities", "A coordonné des activités"),
                required: true,
              },
              {
                id: "reporting_results",
                type: "yesno",
                text: localized("Reported results", "A rendu compte des résultats"),
                required: false,
              },
            ]
          : [
              { id: "vision", type: "agreement5", text: localized("We share a vision.", "Nous partageons une vision."), required: true },
              {
                id: "conflict",
                type: "agreement5",
                text: localized("Conflict hurts us.", "Les conflits nous nuisent."),
                required: false,
                reverse: true,
              },
            ],
      },
    ],
    scores: involvement ? [] : [{ key: "climate", title: localized("Climate", "Climat"), items: ["vision", "conflict"] }],
    bands: involvement
      ? []
      : [
          { key: "strength", label: localized("Strength", "Force"), min: 4 },
          { key: "concern", label: localized("Concern", "Préoccupation"), min: 1 },
        ],
  };
  return insertInstrumentRow(db, instrument);
}

/** A partnership with a represented lead and two represented members (the second French), and its coordinator. */
export async function buildSurveyScene(db: Kysely<DB>, overrides: { programId?: string } = {}) {
  const programId = overrides.programId ?? (await buildProgram(db)).id;
  const partnership = await buildPartnership(db, { programId, name: `Riverside ${newId().slice(-6)}` });
  const lead = await buildRepresentative(db, partnership.leadMembershipId, partnership.leadOrganizationId, { name: "Lea Lead" });
  const youth = await buildRepresentedMember(db, partnership.id, { name: `Youth ${newId().slice(-6)}`, contactName: "Ana Lee" });
  const police = await buildRepresentedMember(db, partnership.id, {
    name: `Police ${newId().slice(-6)}`,
    contactName: "Benoît Roy",
    language: "fr",
  });
  const coordinator = await buildUser(db, { role: "coordinator", partnershipIds: [partnership.id] });
  return { programId, partnership, lead, youth, police, coordinator, coordinatorToken: await tokenFor(db, coordinator.id) };
}

export type SurveyScene = Awaited<ReturnType<typeof buildSurveyScene>>;

/** A response of the respondent, saved so far or submitted. */
export async function buildResponse(db: Kysely<DB>, respondentId: string, overrides: { submitted?: boolean } = {}) {
  const respondent = await db.selectFrom("survey_respondents").selectAll().where("id", "=", respondentId).executeTakeFirstOrThrow();
  const round = await db.selectFrom("survey_rounds").selectAll().where("id", "=", respondent.round_id).executeTakeFirstOrThrow();
  const at = now();
  await db
    .insertInto("survey_responses")
    .values({
      id: newId(),
      respondent_id: respondentId,
      round_id: round.id,
      instrument_id: round.instrument_id,
      instrument_version: round.instrument_version,
      answers: JSON.stringify({ vision: 4 }),
      submitted_at: overrides.submitted ? at : null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Every personal link in a message's text, in order. */
export function respondentLinksIn(body: string): string[] {
  return [...body.matchAll(/https?:\/\/\S+\/respond\/([A-Za-z0-9_-]+)/g)].map((match) => match[1] ?? "");
}

export { dayFromToday, respondentsOf };
