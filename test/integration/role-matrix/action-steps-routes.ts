// From results to action: everyone signed in reads the library of suggestions, administrators
// (`manageInstruments`) change it; a round's proposals follow its partnership's `read`, deciding a step
// its `managePlan`, and so does changing a decided one. Each change is audited, so the fingerprint shows
// a refused one changed nothing.
import { buildDismissedStep, buildInstrument, buildSuggestion, buildWeakRound } from "../../support/survey-action-factories.js";
import { roleRights, rowRights } from "./from-table.js";
import { signedIn, uniqueName, type Context, type RouteCase } from "./matrix.js";
import { memberOrganization, worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
const MANAGE = ["partnership", "managePlan"] as const;

const addedSuggestion = async ({ db }: Context) => (await buildSuggestion(db)).id;

const roundOf = (context: Context) => buildWeakRound(context.db, worldPartnership(context), memberOrganization(context));

export const actionStepRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/action-suggestions",
    attempt: "read the library of suggested action steps",
    prepare: async () => ({ url: "/api/v1/action-suggestions?pageSize=5" }),
    expected: signedIn(200),
  },
  {
    method: "POST",
    path: "/api/v1/action-suggestions",
    attempt: "add a suggested action step",
    prepare: async ({ db }) => ({
      url: "/api/v1/action-suggestions",
      payload: { instrument: (await buildInstrument(db)).id, score: "vision", text: { en: uniqueName("Step"), fr: uniqueName("Mesure") } },
    }),
    expected: roleRights("manageInstruments", 201),
  },
  {
    method: "PATCH",
    path: "/api/v1/action-suggestions/:key",
    attempt: "reword a suggested action step",
    prepare: async (context) => ({
      url: `/api/v1/action-suggestions/${await addedSuggestion(context)}`,
      payload: { version: 1, text: { en: "Meet every week", fr: "Se réunir chaque semaine" } },
    }),
    expected: roleRights("manageInstruments", 200),
  },
  {
    method: "DELETE",
    path: "/api/v1/action-suggestions/:key",
    attempt: "remove a suggested action step",
    prepare: async (context) => ({ url: `/api/v1/action-suggestions/${await addedSuggestion(context)}` }),
    expected: roleRights("manageInstruments", 204),
  },
  {
    method: "GET",
    path: "/api/v1/survey-rounds/:id/action-steps",
    attempt: { own: "read the steps its partnership's round proposes", foreign: "read the steps another partnership's round proposes" },
    prepare: async (context) => ({ url: `/api/v1/survey-rounds/${(await roundOf(context)).id}/action-steps?borderline=true` }),
    expected: rowRights(READ, READ, 200),
  },
  {
    method: "POST",
    path: "/api/v1/survey-rounds/:id/action-steps",
    attempt: { own: "accept a step its partnership's round proposes", foreign: "accept a step another partnership's round proposes" },
    prepare: async (context) => ({
      url: `/api/v1/survey-rounds/${(await roundOf(context)).id}/action-steps`,
      payload: { scoreKey: "communication", text: uniqueName("Meet"), decision: "accept", dueOn: "2026-09-01" },
    }),
    expected: rowRights(READ, MANAGE, 201),
  },
  {
    method: "PATCH",
    path: "/api/v1/survey-rounds/:id/action-steps/:stepId",
    attempt: { own: "reword a step its partnership decided", foreign: "reword a step another partnership decided" },
    prepare: async (context) => {
      const step = await buildDismissedStep(context.db, await roundOf(context));
      return {
        url: `/api/v1/survey-rounds/${step.roundId}/action-steps/${step.id}`,
        payload: { version: 1, text: uniqueName("Meet") },
      };
    },
    expected: rowRights(READ, MANAGE, 200),
  },
];
