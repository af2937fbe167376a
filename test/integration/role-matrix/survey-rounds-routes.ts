// Survey rounds: everyone who reads a partnership reads its rounds and their response rate; those who
// run its surveys (`runSurveys`) open, change and close them, ask more people, send and revoke links.
// A program's rounds need the program read and `runSurveys` on each partnership named. Opening a round
// mails its invitations, so the fingerprint's rounds, respondents, mailings and outbox show a refused
// write changed nothing.
import { buildContact } from "../../support/factories.js";
import { buildRepresentative } from "../../support/reminder-factories.js";
import { addRespondents, buildRound, insertInstrument, RESULTS_INSTRUMENT } from "../../support/survey-results-factories.js";
import { dayFromToday } from "../../support/survey-rounds-factories.js";
import { rowRights } from "./from-table.js";
import { uniqueName, type Context, type RouteCase } from "./matrix.js";
import { memberOrganization, throwawayPartnership, worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
const RUN = ["partnership", "runSurveys"] as const;
const PROGRAM_READ = ["program", "read"] as const;

const which = (what: string) => ({ own: `${what} in its partnership`, foreign: `${what} in another partnership` });

/** A contact of the side's member organization with an address to send a link to. */
async function addressedContact(context: Context): Promise<string> {
  const email = `${uniqueName("asked").replace(" ", "")}@example.org`;
  return (await buildContact(context.db, memberOrganization(context), { email })).id;
}

/** A round of the side's partnership, open since yesterday, asking one of its member's contacts. */
async function openRound(context: Context): Promise<{ id: string; respondentId: string }> {
  await insertInstrument(context.db);
  const round = await buildRound(context.db, {
    partnershipId: worldPartnership(context),
    opensOn: dayFromToday(-1),
    closesOn: dayFromToday(14),
  });
  const [respondent] = await addRespondents(context.db, round, [
    { organizationId: memberOrganization(context), contactId: await addressedContact(context) },
  ]);
  if (!respondent) throw new Error("The round asks nobody");
  return { id: round.id, respondentId: respondent.id };
}

const roundFields = () => ({
  instrument: RESULTS_INSTRUMENT.id,
  label: "baseline",
  opensOn: dayFromToday(0),
  closesOn: dayFromToday(14),
});

export const surveyRoundRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/survey-rounds",
    attempt: { own: "list its partnership's survey rounds", foreign: "list another partnership's survey rounds" },
    prepare: async (context) => {
      await openRound(context);
      return { url: `/api/v1/partnerships/${worldPartnership(context)}/survey-rounds?status=open` };
    },
    expected: rowRights(READ, READ, 200),
  },
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/survey-rounds",
    attempt: which("open a survey round asking a member's contact"),
    prepare: async (context) => {
      await insertInstrument(context.db);
      return {
        url: `/api/v1/partnerships/${worldPartnership(context)}/survey-rounds`,
        payload: { ...roundFields(), respondents: [{ contactId: context.world.contacts[context.side].id }] },
      };
    },
    expected: rowRights(READ, RUN, 201),
  },
  {
    method: "POST",
    path: "/api/v1/programs/:id/survey-rounds",
    attempt: {
      own: "open survey rounds across its program's partnerships",
      foreign: "open survey rounds across another program's partnerships",
    },
    // A partnership of the side's program that the own side's coordinator runs and the partner's organization leads.
    prepare: async (context) => {
      await insertInstrument(context.db);
      const partnershipId = await throwawayPartnership(context);
      const lead = await context.db
        .selectFrom("memberships")
        .innerJoin("partnerships", (join) =>
          join
            .onRef("partnerships.id", "=", "memberships.partnership_id")
            .onRef("partnerships.lead_organization_id", "=", "memberships.organization_id"),
        )
        .select(["memberships.id", "memberships.organization_id"])
        .where("partnerships.id", "=", partnershipId)
        .executeTakeFirstOrThrow();
      await buildRepresentative(context.db, lead.id, lead.organization_id);
      return {
        url: `/api/v1/programs/${context.world.programs[context.side].id}/survey-rounds`,
        payload: { ...roundFields(), partnershipIds: [partnershipId] },
      };
    },
    expected: rowRights(PROGRAM_READ, RUN, 201),
  },
  {
    method: "GET",
    path: "/api/v1/survey-rounds/:id",
    attempt: which("read a survey round and its response rate"),
    prepare: async (context) => ({ url: `/api/v1/survey-rounds/${(await openRound(context)).id}` }),
    expected: rowRights(READ, READ, 200),
  },
  {
    method: "GET",
    path: "/api/v1/survey-rounds/:id/respondents",
    attempt: which("list who was asked in a survey round and how far each got"),
    prepare: async (context) => ({ url: `/api/v1/survey-rounds/${(await openRound(context)).id}/respondents?status=not_started` }),
    expected: rowRights(READ, RUN, 200),
  },
  {
    method: "PATCH",
    path: "/api/v1/survey-rounds/:id",
    attempt: which("relabel a survey round and move its close"),
    prepare: async (context) => ({
      url: `/api/v1/survey-rounds/${(await openRound(context)).id}`,
      payload: { version: 1, label: "midterm", closesOn: dayFromToday(21), reminderDays: 7 },
    }),
    expected: rowRights(READ, RUN, 200),
  },
  {
    method: "POST",
    path: "/api/v1/survey-rounds/:id/close",
    attempt: which("close a survey round early"),
    prepare: async (context) => ({ url: `/api/v1/survey-rounds/${(await openRound(context)).id}/close` }),
    expected: rowRights(READ, RUN, 200),
  },
  {
    method: "POST",
    path: "/api/v1/survey-rounds/:id/respondents",
    attempt: which("ask one more member's contact in a survey round"),
    prepare: async (context) => ({
      url: `/api/v1/survey-rounds/${(await openRound(context)).id}/respondents`,
      payload: { respondents: [{ contactId: context.world.contacts[context.side].id }] },
    }),
    expected: rowRights(READ, RUN, 200),
  },
  {
    method: "POST",
    path: "/api/v1/survey-rounds/:id/respondents/:respondentId/link",
    attempt: which("send a respondent a new personal link"),
    prepare: async (context) => {
      const round = await openRound(context);
      return { url: `/api/v1/survey-rounds/${round.id}/respondents/${round.respondentId}/link` };
    },
    expected: rowRights(READ, RUN, 200),
  },
  {
    method: "POST",
    path: "/api/v1/survey-rounds/:id/respondents/:respondentId/revoke",
    attempt: which("revoke a respondent's personal link"),
    prepare: async (context) => {
      const round = await openRound(context);
      return { url: `/api/v1/survey-rounds/${round.id}/respondents/${round.respondentId}/revoke` };
    },
    expected: rowRights(READ, RUN, 200),
  },
];
