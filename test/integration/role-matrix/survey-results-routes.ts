// Survey results: every reader of a partnership reads its rounds' results in every format; individual
// responses only for an evaluator an administrator has granted them (nobody in the world is), so every
// reader is refused; a program's view for those who report on the program.
import { buildProgram } from "../../support/factories.js";
import { addRespondents, buildRound, insertInstrument, same } from "../../support/survey-results-factories.js";
import { rowRights } from "./from-table.js";
import type { Context, RouteCase } from "./matrix.js";
import { memberOrganization, worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
const REPORT = ["program", "report"] as const;

async function answeredRound(context: Context): Promise<string> {
  await insertInstrument(context.db);
  const round = await buildRound(context.db, { partnershipId: worldPartnership(context) });
  await addRespondents(context.db, round, same(3, memberOrganization(context), { vision_shared: 4, again: "yes" }));
  return round.id;
}

export const surveyResultRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/survey-rounds/:id/results",
    attempt: { own: "read its partnership's survey results", foreign: "read another partnership's survey results" },
    prepare: async (context) => ({ url: `/api/v1/survey-rounds/${await answeredRound(context)}/results?format=csv` }),
    expected: rowRights(READ, READ, 200),
  },
  {
    method: "GET",
    path: "/api/v1/survey-rounds/:id/responses",
    attempt: {
      own: "export its partnership's individual survey responses",
      foreign: "export another partnership's individual survey responses",
    },
    prepare: async (context) => ({ url: `/api/v1/survey-rounds/${await answeredRound(context)}/responses` }),
    expected: rowRights(READ, READ, 403),
  },
  {
    method: "GET",
    path: "/api/v1/programs/:id/survey-results",
    attempt: { own: "read its program's survey results", foreign: "read another program's survey results" },
    prepare: async ({ db, world, side }) => {
      await insertInstrument(db);
      const program = side === "own" ? world.programs.own.id : (await buildProgram(db)).id;
      return { url: `/api/v1/programs/${program}/survey-results?instrument=results-check` };
    },
    expected: rowRights(REPORT, REPORT, 200),
  },
];
