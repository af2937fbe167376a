import { involvementCsv } from "../../support/involvement-files.js";
import { formWith } from "../../support/uploads.js";
import { roleRights } from "./from-table.js";
import { uniqueName, type RouteCase } from "./matrix.js";

/**
 * An involvement file about the partner's own membership, or about the foreign member. Importing is
 * for those who manage partnerships; a row outside the caller's reach is a row error (400) that
 * writes nothing, never a 404 that would say the partnership exists.
 */
function involvementFile(side: "own" | "foreign"): FormData {
  const address =
    side === "own"
      ? { program: "CMP", partnership: "Own Partnership", organization: "Own Member School Board" }
      : { program: "BAP", partnership: "Foreign Partnership", organization: "Foreign Member Police" };
  const round = uniqueName("import").replace(" ", "-");
  return formWith([
    { name: "answers.csv", content: involvementCsv([{ ...address, perspective: "lead", round, answers: { proposal_copy: "yes" } }]) },
  ]);
}

export const spreadsheetRoutes: RouteCase[] = [
  {
    method: "POST",
    path: "/api/v1/imports/involvement",
    attempt: {
      own: "import involvement answers about its partnership",
      foreign: "import involvement answers about another program's partnership",
    },
    prepare: async ({ side }) => ({ url: "/api/v1/imports/involvement", payload: involvementFile(side) }),
    expected: { admin: [200, 200], programOfficer: [200, 400], evaluator: 403, coordinator: [200, 400], partner: 403, anonymous: 401 },
  },
  {
    method: "POST",
    path: "/api/v1/imports/registry",
    attempt: "import organizations into the registry",
    prepare: async () => ({
      url: "/api/v1/imports/registry",
      payload: formWith([{ name: "organizations.csv", content: `name,sector\n${uniqueName("Imported Agency")},social_services\n` }]),
    }),
    expected: roleRights("importRegistry", 200),
  },
  {
    method: "GET",
    path: "/api/v1/exports/registry",
    attempt: "export the registry (its own programs' part, for a program officer)",
    prepare: async () => ({ url: "/api/v1/exports/registry?format=xlsx" }),
    expected: roleRights("exportRegistry", 200),
  },
];
