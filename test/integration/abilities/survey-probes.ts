// The surveys' resources: a round (changed, closed and its individual responses exported by those it
// says may) and a suggested action step of the library (reworded and removed by administrators).
import { buildContact } from "../../support/factories.js";
import { buildSuggestion } from "../../support/survey-action-factories.js";
import { addRespondents, buildRound, insertInstrument } from "../../support/survey-results-factories.js";
import { dayFromToday } from "../../support/survey-rounds-factories.js";
import { uniqueName, type Context } from "../role-matrix/matrix.js";
import { memberOrganization, worldPartnership } from "../role-matrix/throwaway.js";
import type { Probe } from "./probe.js";

/** An open round of the side's partnership, with one submitted response of its member's contact. */
async function openRound(context: Context): Promise<string> {
  await insertInstrument(context.db);
  const round = await buildRound(context.db, {
    partnershipId: worldPartnership(context),
    opensOn: dayFromToday(-1),
    closesOn: dayFromToday(14),
  });
  const organizationId = memberOrganization(context);
  const contact = await buildContact(context.db, organizationId, { email: `${uniqueName("asked").replace(" ", "")}@example.org` });
  await addRespondents(context.db, round, [{ organizationId, contactId: contact.id, answers: { vision_shared: 4 } }]);
  return round.id;
}

export const SURVEY_PROBES: Probe[] = [
  {
    resource: "survey round",
    read: async (context) => ({
      url: `/api/v1/survey-rounds/${await openRound(context)}`,
      list: `/api/v1/partnerships/${worldPartnership(context)}/survey-rounds?status=open&pageSize=100`,
    }),
    attempts: async (_context, row) => ({
      exportResponses: { method: "GET", url: `/api/v1/survey-rounds/${row.id}/responses?format=csv`, ok: 200 },
      update: { method: "PATCH", url: `/api/v1/survey-rounds/${row.id}`, payload: { version: 1, label: "midterm" }, ok: 200 },
      close: { method: "POST", url: `/api/v1/survey-rounds/${row.id}/close`, ok: 200 },
    }),
  },
  {
    resource: "suggested action step",
    read: async (context) => {
      const { id: key, instrumentId } = await buildSuggestion(context.db);
      return {
        url: `/api/v1/action-suggestions?instrument=${instrumentId}&pageSize=100`,
        pick: (data) => (data as unknown as { key: string }[]).map((item) => ({ ...item, id: item.key })).find((item) => item.key === key),
      };
    },
    attempts: async (_context, row) => ({
      update: {
        method: "PATCH",
        url: `/api/v1/action-suggestions/${row.id}`,
        payload: { version: 1, text: { en: "Meet every week", fr: "Se réunir chaque semaine" } },
        ok: 200,
      },
      delete: { method: "DELETE", url: `/api/v1/action-suggestions/${row.id}`, ok: 204 },
    }),
  },
];
