import { buildInvolvementRecord } from "../../support/involvement-factories.js";
import { roleRights, rowRights } from "./from-table.js";
import { signedIn, uniqueName, type Context, type RouteCase } from "./matrix.js";
import { worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
/** Reading a partnership's involvement: everyone in scope (partners: their own organization's member); outsiders 404. */
const readRights = rowRights(READ, ["membership", "readInvolvement"], 200);

/** Recording a perspective on the partner's own membership, as the table says; outsiders 404. */
const writeRights = (ok: number, perspective: "lead" | "partner") =>
  rowRights(READ, ["membership", perspective === "lead" ? "recordLeadView" : "recordPartnerView"], ok);

/** The membership of the partner's organization in the own partnership, or of the foreign member in the foreign one. */
function membershipUrl(context: Context): string {
  return `/api/v1/partnerships/${worldPartnership(context)}/members/${context.world.memberships[context.side].id}`;
}

/** A round no other case uses, so that every write lands on a record of its own. */
function uniqueRound(): string {
  return uniqueName("round").replace(" ", "-");
}

export function rubricDocument() {
  const text = { en: "Text", fr: "Texte" };
  return {
    id: uniqueName("matrix-rubric").replace(" ", "-"),
    title: { en: "Matrix rubric", fr: "Grille de la matrice" },
    indicators: ["shared_decision_making"],
    levels: [
      { key: "engaged", label: text, condition: "shared_decision_making", rationale: text },
      { key: "none", label: text, condition: "always", rationale: text },
    ],
  };
}

function recordCases(perspective: "lead" | "partner"): RouteCase[] {
  const path = "/api/v1/partnerships/:id/members/:membershipId/involvement/:perspective/:round";
  const whose = perspective === "lead" ? "the lead's view of" : "the partner's own view of";
  return [
    {
      method: "PUT",
      path,
      attempt: { own: `record ${whose} its organization's membership`, foreign: `record ${whose} a member of another partnership` },
      prepare: async (context) => ({
        url: `${membershipUrl(context)}/involvement/${perspective}/${uniqueRound()}`,
        payload: { respondent: "Matrix", indicators: { proposal_copy: true, support_letter: false } },
      }),
      expected: writeRights(201, perspective),
    },
    {
      method: "DELETE",
      path,
      attempt: { own: `delete ${whose} its organization's membership`, foreign: `delete ${whose} a member of another partnership` },
      prepare: async (context) => {
        const round = uniqueRound();
        await buildInvolvementRecord(context.db, context.world.memberships[context.side].id, { perspective, round });
        return { url: `${membershipUrl(context)}/involvement/${perspective}/${round}` };
      },
      expected: writeRights(204, perspective),
    },
  ];
}

export const typologyRoutes: RouteCase[] = [
  {
    method: "POST",
    path: "/api/v1/typology/classify",
    attempt: "classify indicator answers",
    prepare: async () => ({ url: "/api/v1/typology/classify", payload: { indicators: { proposal_copy: true, support_letter: null } } }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/rubrics",
    attempt: "list rubrics",
    prepare: async () => ({ url: "/api/v1/rubrics" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/rubrics/:id",
    attempt: "read a rubric",
    prepare: async () => ({ url: "/api/v1/rubrics/partnership-study-2002" }),
    expected: signedIn(200),
  },
  {
    method: "POST",
    path: "/api/v1/rubrics",
    attempt: "add a rubric",
    prepare: async () => ({ url: "/api/v1/rubrics", payload: rubricDocument() }),
    expected: roleRights("authorRubrics", 201),
  },
  {
    method: "GET",
    path: "/api/v1/programs/:id/default-rubric",
    attempt: { own: "read the rubric of its program", foreign: "read the rubric of another program" },
    prepare: async ({ world, side }) => ({ url: `/api/v1/programs/${world.programs[side].id}/default-rubric` }),
    expected: rowRights(["program", "read"], ["program", "read"], 200),
  },
  {
    method: "PUT",
    path: "/api/v1/programs/:id/default-rubric",
    attempt: { own: "choose the rubric of its program", foreign: "choose the rubric of another program" },
    prepare: async ({ world, side }) => ({
      url: `/api/v1/programs/${world.programs[side].id}/default-rubric`,
      payload: { rubricId: "partnership-study-2002" },
    }),
    expected: rowRights(["program", "read"], ["program", "chooseRubric"], 200),
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/members/:membershipId/involvement",
    attempt: {
      own: "read its organization's involvement records",
      foreign: "read the involvement records of another partnership's member",
    },
    prepare: async (context) => ({ url: `${membershipUrl(context)}/involvement` }),
    expected: readRights,
  },
  ...recordCases("lead"),
  ...recordCases("partner"),
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/involvement/reclassify",
    attempt: { own: "re-classify its partnership's involvement", foreign: "re-classify another partnership's involvement" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/involvement/reclassify`, payload: {} }),
    expected: rowRights(READ, ["partnership", "classify"], 200),
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/perception-gaps",
    attempt: { own: "read its partnership's perception gaps", foreign: "read another partnership's perception gaps" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/perception-gaps?round=baseline` }),
    expected: rowRights(READ, READ, 200),
  },
];
