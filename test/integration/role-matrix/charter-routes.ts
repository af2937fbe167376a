// The charter: every reader of a partnership reads it, its revisions and its PDF; only those who may
// edit the charter (administrators, the partnership's coordinators) write it.
import { buildCharter, CHARTER_TEXT } from "../../support/charter-factories.js";
import { rowRights } from "./from-table.js";
import type { RouteCase } from "./matrix.js";
import { throwawayPartnership, worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
const readRights = rowRights(READ, READ, 200);

export const charterRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/charter",
    attempt: { own: "read its partnership's charter", foreign: "read another partnership's charter" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/charter` }),
    expected: readRights,
  },
  {
    method: "PUT",
    path: "/api/v1/partnerships/:id/charter",
    attempt: { own: "write its partnership's charter", foreign: "write another partnership's charter" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${await throwawayPartnership(context)}/charter`, payload: CHARTER_TEXT }),
    expected: rowRights(READ, ["partnership", "editCharter"], 201),
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/charter/revisions",
    attempt: { own: "read its partnership's charter revisions", foreign: "read another partnership's charter revisions" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/charter/revisions` }),
    expected: readRights,
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/charter/revisions/:version",
    attempt: { own: "read a revision of its partnership's charter", foreign: "read a revision of another partnership's charter" },
    prepare: async (context) => {
      const id = await throwawayPartnership(context);
      await buildCharter(context.db, id);
      return { url: `/api/v1/partnerships/${id}/charter/revisions/1` };
    },
    expected: readRights,
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/charter.pdf",
    attempt: { own: "download its partnership's charter", foreign: "download another partnership's charter" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/charter.pdf` }),
    expected: readRights,
  },
];
