// The action plan's routes: reading follows the partnership's `read`, every change its `managePlan`,
// except the status and notes of an activity, which the owner organization's own users may change too.
// Each change is audited, so the fingerprint's count of audit events shows a refused one changed nothing.
import { FALLING_MEASURE, buildActivity, buildGoal, buildObjective, buildValue } from "../../support/plan-factories.js";
import { rowRights } from "./from-table.js";
import { uniqueName, type Context, type RouteCase } from "./matrix.js";
import { memberOrganization, worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
const MANAGE = ["partnership", "managePlan"] as const;
const manageRights = (ok: number) => rowRights(READ, MANAGE, ok);

const goalOf = (context: Context) => buildGoal(context.db, worldPartnership(context));
const objectiveOf = async (context: Context) => buildObjective(context.db, await goalOf(context));
const activityOf = async (context: Context) =>
  buildActivity(context.db, await objectiveOf(context), { ownerOrganizationId: memberOrganization(context) });

const which = (what: string) => ({ own: `${what} of its partnership's plan`, foreign: `${what} of another partnership's plan` });

export const planRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/plan",
    attempt: { own: "read its partnership's plan", foreign: "read another partnership's plan" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/plan` }),
    expected: rowRights(READ, READ, 200),
  },
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/goals",
    attempt: which("add a goal to the plan"),
    prepare: async (context) => ({
      url: `/api/v1/partnerships/${worldPartnership(context)}/goals`,
      payload: { title: uniqueName("Matrix goal"), risks: [{ risk: "Staff leave" }] },
    }),
    expected: manageRights(201),
  },
  {
    method: "PATCH",
    path: "/api/v1/goals/:id",
    attempt: which("change a goal"),
    prepare: async (context) => ({
      url: `/api/v1/goals/${(await goalOf(context)).id}`,
      payload: { version: 1, title: uniqueName("Renamed goal") },
    }),
    expected: manageRights(200),
  },
  {
    method: "DELETE",
    path: "/api/v1/goals/:id",
    attempt: which("remove a goal"),
    prepare: async (context) => ({ url: `/api/v1/goals/${(await goalOf(context)).id}?version=1` }),
    expected: manageRights(204),
  },
  {
    method: "POST",
    path: "/api/v1/goals/:id/objectives",
    attempt: which("add an objective with a measure to a goal"),
    prepare: async (context) => ({
      url: `/api/v1/goals/${(await goalOf(context)).id}/objectives`,
      payload: { title: uniqueName("Matrix objective"), measure: FALLING_MEASURE },
    }),
    expected: manageRights(201),
  },
  {
    method: "PATCH",
    path: "/api/v1/objectives/:id",
    attempt: which("change an objective's measure"),
    prepare: async (context) => ({
      url: `/api/v1/objectives/${(await objectiveOf(context)).id}`,
      payload: { version: 1, measure: { ...FALLING_MEASURE, targetValue: 50 } },
    }),
    expected: manageRights(200),
  },
  {
    method: "DELETE",
    path: "/api/v1/objectives/:id",
    attempt: which("remove an objective"),
    prepare: async (context) => ({ url: `/api/v1/objectives/${(await objectiveOf(context)).id}?version=1` }),
    expected: manageRights(204),
  },
  {
    method: "POST",
    path: "/api/v1/objectives/:id/activities",
    attempt: which("add an activity owned by a member"),
    prepare: async (context) => ({
      url: `/api/v1/objectives/${(await objectiveOf(context)).id}/activities`,
      payload: { title: uniqueName("Matrix activity"), ownerOrganizationId: memberOrganization(context), dueOn: "2026-09-01" },
    }),
    expected: manageRights(201),
  },
  {
    method: "PATCH",
    path: "/api/v1/activities/:id",
    attempt: which("change the title and due date of an activity"),
    prepare: async (context) => ({
      url: `/api/v1/activities/${(await activityOf(context)).id}`,
      payload: { version: 1, title: uniqueName("Renamed activity"), dueOn: "2026-10-01" },
    }),
    expected: manageRights(200),
  },
  {
    method: "PATCH",
    path: "/api/v1/activities/:id",
    attempt: which("change the status and notes of an activity the partner's organization owns"),
    prepare: async (context) => ({
      url: `/api/v1/activities/${(await activityOf(context)).id}`,
      payload: { version: 1, status: "under_way", notes: "Started" },
    }),
    // The owner organization's users pledge for it: they may move its activities along.
    expected: { ...manageRights(200), partner: [200, 404] },
  },
  {
    method: "DELETE",
    path: "/api/v1/activities/:id",
    attempt: which("remove an activity"),
    prepare: async (context) => ({ url: `/api/v1/activities/${(await activityOf(context)).id}?version=1` }),
    expected: manageRights(204),
  },
  {
    method: "POST",
    path: "/api/v1/objectives/:id/values",
    attempt: which("record a measure's value"),
    prepare: async (context) => ({
      url: `/api/v1/objectives/${(await objectiveOf(context)).id}/values`,
      payload: { observedOn: "2026-04-01", value: 88, note: "Quarterly count" },
    }),
    expected: manageRights(201),
  },
  {
    method: "DELETE",
    path: "/api/v1/objectives/:id/values/:valueId",
    attempt: which("remove a measure's value"),
    prepare: async (context) => {
      const objective = await objectiveOf(context);
      const value = await buildValue(context.db, objective, "2026-04-01", 88);
      return { url: `/api/v1/objectives/${objective.id}/values/${value.id}` };
    },
    expected: manageRights(204),
  },
];
