import { oneRowRights, roleRights, rowRights } from "./from-table.js";
import { signedIn, uniqueName, type RouteCase } from "./matrix.js";
import { throwawayMembership, throwawayPartnership, throwawayProgram, unusedOrganization, worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
/** Reading a partnership or its members: everyone in scope; outside it, those whose reach is every partnership. */
const readRights = rowRights(READ, READ, 200);
/** Changing a partnership's members: those who manage them; readers get 403, outsiders 404. */
const memberRights = (ok: number) => rowRights(READ, ["partnership", "manageMembers"], ok);

export const partnershipRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/programs",
    attempt: "list programs",
    prepare: async () => ({ url: "/api/v1/programs" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/programs/:id",
    attempt: { own: "read the program of its partnership", foreign: "read another program" },
    prepare: async ({ world, side }) => ({ url: `/api/v1/programs/${world.programs[side].id}` }),
    expected: rowRights(["program", "read"], ["program", "read"], 200),
  },
  {
    method: "POST",
    path: "/api/v1/programs",
    attempt: "create a program",
    prepare: async () => ({ url: "/api/v1/programs", payload: { code: uniqueName("M").replace(" ", ""), name: "Matrix Program" } }),
    expected: roleRights("createPrograms", 201),
  },
  {
    method: "PATCH",
    path: "/api/v1/programs/:id",
    attempt: "change a program",
    prepare: async (context) => ({ url: `/api/v1/programs/${await throwawayProgram(context)}`, payload: { name: "Renamed In Matrix" } }),
    // A new program is in nobody's assignments, so only a reach over every program changes it.
    expected: oneRowRights(["program", "read"], ["program", "update"], 200, [], "guarded"),
  },
  {
    method: "PATCH",
    path: "/api/v1/programs/:id",
    attempt: "raise the responses a program's survey figures need",
    prepare: async (context) => ({ url: `/api/v1/programs/${await throwawayProgram(context)}`, payload: { surveyThreshold: 5 } }),
    expected: oneRowRights(["program", "read"], ["program", "update"], 200, [], "guarded"),
  },
  {
    method: "GET",
    path: "/api/v1/partnerships",
    attempt: "search partnerships",
    prepare: async () => ({ url: "/api/v1/partnerships" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id",
    attempt: { own: "read its partnership", foreign: "read another partnership" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}` }),
    expected: readRights,
  },
  {
    method: "POST",
    path: "/api/v1/partnerships",
    attempt: { own: "start a partnership in its program", foreign: "start a partnership in another program" },
    prepare: async ({ world, side }) => ({
      url: "/api/v1/partnerships",
      payload: {
        name: uniqueName("Matrix Partnership"),
        programId: world.programs[side].id,
        leadOrganizationId: side === "own" ? world.organizations.ownLead.id : world.organizations.foreignLead.id,
      },
    }),
    expected: {
      admin: [201, 201],
      programOfficer: [201, 403],
      evaluator: [403, 403],
      coordinator: [201, 201],
      partner: [403, 403],
      anonymous: 401,
    },
  },
  {
    method: "PATCH",
    path: "/api/v1/partnerships/:id",
    attempt: { own: "change its partnership", foreign: "change another partnership" },
    prepare: async (context) => ({
      url: `/api/v1/partnerships/${await throwawayPartnership(context)}`,
      payload: { description: "Changed in the matrix" },
    }),
    expected: rowRights(READ, ["partnership", "update"], 200),
  },
  {
    method: "DELETE",
    path: "/api/v1/partnerships/:id",
    attempt: { own: "delete its partnership", foreign: "delete another partnership" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${await throwawayPartnership(context)}` }),
    expected: rowRights(READ, ["partnership", "delete"], 204),
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/members",
    attempt: { own: "read its partnership's members", foreign: "read another partnership's members" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/members` }),
    expected: readRights,
  },
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/members/:membershipId",
    attempt: { own: "read a membership of its partnership", foreign: "read a membership of another partnership" },
    prepare: async (context) => {
      const { membershipId } = await throwawayMembership(context);
      return { url: `/api/v1/partnerships/${worldPartnership(context)}/members/${membershipId}` };
    },
    expected: readRights,
  },
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/members",
    attempt: { own: "add a member to its partnership", foreign: "add a member to another partnership" },
    prepare: async (context) => {
      const organization = await unusedOrganization(context);
      return { url: `/api/v1/partnerships/${worldPartnership(context)}/members`, payload: { organizationId: organization } };
    },
    expected: memberRights(201),
  },
  {
    method: "PATCH",
    path: "/api/v1/partnerships/:id/members/:membershipId",
    attempt: { own: "change a membership of its partnership", foreign: "change a membership of another partnership" },
    prepare: async (context) => {
      const { membershipId } = await throwawayMembership(context);
      return {
        url: `/api/v1/partnerships/${worldPartnership(context)}/members/${membershipId}`,
        payload: { notes: "Changed in the matrix" },
      };
    },
    expected: memberRights(200),
  },
  {
    method: "DELETE",
    path: "/api/v1/partnerships/:id/members/:membershipId",
    attempt: { own: "remove a member from its partnership", foreign: "remove a member from another partnership" },
    prepare: async (context) => {
      const { membershipId } = await throwawayMembership(context);
      return { url: `/api/v1/partnerships/${worldPartnership(context)}/members/${membershipId}` };
    },
    expected: memberRights(204),
  },
];
