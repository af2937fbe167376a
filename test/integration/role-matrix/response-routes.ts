// The respondent's side of a personal link: public, the token its only credential, so every caller
// gets the same answer, signed in or not: the form and its saves for a working link, 404 for a revoked one.
import { buildRespondent, buildSurveyScene } from "../../support/survey-response-factories.js";
import type { Context, Request, RouteCase, Who } from "./matrix.js";

const everyone = (statuses: readonly [number, number]): Record<Who, readonly [number, number]> => ({
  admin: statuses,
  programOfficer: statuses,
  evaluator: statuses,
  coordinator: statuses,
  partner: statuses,
  anonymous: statuses,
});

async function linkOf(context: Context): Promise<string> {
  const scene = await buildSurveyScene(context.db);
  const respondent = await buildRespondent(context.db, scene, context.side === "foreign" ? { revokedAt: new Date().toISOString() } : {});
  return `/api/v1/responses/${respondent.token}`;
}

const attempt = (what: string) => ({ own: `${what} through a working personal link`, foreign: `${what} through a revoked personal link` });

export const responseRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/responses/:token",
    attempt: attempt("open a survey form"),
    prepare: async (context): Promise<Request> => ({ url: await linkOf(context) }),
    expected: everyone([200, 404]),
  },
  {
    method: "PUT",
    path: "/api/v1/responses/:token",
    attempt: attempt("save survey answers"),
    prepare: async (context): Promise<Request> => ({ url: await linkOf(context), payload: { answers: { trust: 4 } } }),
    expected: everyone([200, 404]),
  },
  {
    method: "POST",
    path: "/api/v1/responses/:token/submit",
    attempt: attempt("submit a survey response"),
    prepare: async (context): Promise<Request> => ({
      url: `${await linkOf(context)}/submit`,
      payload: { answers: { trust: 4, goals: "fully" } },
    }),
    expected: everyone([200, 404]),
  },
];
