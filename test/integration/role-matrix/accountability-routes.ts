import { buildProgram } from "../../support/factories.js";
import { rowRights } from "./from-table.js";
import { signedIn, type RouteCase } from "./matrix.js";
import { worldPartnership } from "./throwaway.js";

// The report is over the caller's own scope: every signed-in role gets one (which commitments it
// counts is tested with the accountability module). Narrowed to a program or a partnership, it is
// "not found" outside that scope, as the partnership's own view is.
export const accountabilityRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/reports/accountability",
    attempt: "read the accountability report over its scope",
    prepare: async () => ({ url: "/api/v1/reports/accountability?by=member" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/reports/accountability",
    attempt: { own: "read the accountability report of its program", foreign: "read the accountability report of another program" },
    // Another program of its own, as other cases may move the world's partnerships between programs.
    prepare: async ({ db, world, side }) => ({
      url: `/api/v1/reports/accountability?by=partnership&program=${side === "own" ? world.programs.own.id : (await buildProgram(db)).id}`,
    }),
    expected: rowRights(["program", "report"], ["program", "report"], 200),
  },
  {
    method: "GET",
    path: "/api/v1/reports/accountability",
    attempt: {
      own: "read the accountability report of its partnership",
      foreign: "read the accountability report of another partnership",
    },
    prepare: async (context) => ({ url: `/api/v1/reports/accountability?by=member&partnership=${worldPartnership(context)}` }),
    expected: rowRights(["partnership", "read"], ["partnership", "read"], 200),
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/accountability",
    attempt: { own: "read its partnership's accountability", foreign: "read another partnership's accountability" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/accountability?asOf=2026-06-30` }),
    expected: rowRights(["partnership", "read"], ["partnership", "read"], 200),
  },
];
