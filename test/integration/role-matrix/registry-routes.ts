import { signedIn, uniqueName, userIdOf, type Expected, type RouteCase, type Who } from "./matrix.js";
import { memberOrganization, throwawayContact, throwawayMembership, unreferencedOrganization } from "./throwaway.js";

/** Reading or changing contacts: staff outside the partnership see the organization but not its people (403); partners do not see it at all (404). */
const contactRights = (ok: number): Record<Who, Expected> => ({
  admin: [ok, ok],
  programOfficer: [ok, 403],
  evaluator: [403, 403],
  coordinator: [ok, 403],
  partner: [ok, 404],
  anonymous: 401,
});

export const registryRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/organizations",
    attempt: "search the partner registry",
    prepare: async () => ({ url: "/api/v1/organizations" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/organizations/similar",
    attempt: "look for registered names close to a new one",
    prepare: async () => ({ url: "/api/v1/organizations/similar?name=Own%20Lead" }),
    expected: signedIn(200),
  },
  {
    method: "POST",
    path: "/api/v1/organizations",
    attempt: "register an organization",
    prepare: async () => ({ url: "/api/v1/organizations", payload: { name: uniqueName("Matrix Agency"), sector: "social_services" } }),
    expected: { ...signedIn(201), evaluator: 403, partner: 403 },
  },
  {
    method: "GET",
    path: "/api/v1/organizations/:id",
    attempt: { own: "read an organization of its partnership", foreign: "read an organization of another partnership" },
    prepare: async (context) => ({ url: `/api/v1/organizations/${memberOrganization(context)}` }),
    expected: { ...signedIn(200), partner: [200, 404] },
  },
  {
    method: "PATCH",
    path: "/api/v1/organizations/:id",
    attempt: { own: "change an organization of its partnership", foreign: "change an organization of another partnership" },
    prepare: async (context) => {
      const { organizationId } = await throwawayMembership(context);
      return { url: `/api/v1/organizations/${organizationId}`, payload: { notes: "Changed in the matrix" } };
    },
    expected: {
      admin: [200, 200],
      programOfficer: [200, 403],
      evaluator: [403, 403],
      coordinator: [200, 403],
      partner: [403, 404],
      anonymous: 401,
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/organizations/:id",
    attempt: { own: "delete an unused organization it registered", foreign: "delete an unused organization someone else registered" },
    prepare: async (context) => ({ url: `/api/v1/organizations/${await unreferencedOrganization(context, userIdOf(context))}` }),
    expected: {
      admin: [204, 204],
      programOfficer: [204, 403],
      evaluator: [403, 403],
      coordinator: [204, 403],
      partner: [404, 404],
      anonymous: 401,
    },
  },
  {
    method: "GET",
    path: "/api/v1/organizations/:id/contacts",
    attempt: {
      own: "read the contacts of an organization of its partnership",
      foreign: "read the contacts of an organization of another partnership",
    },
    prepare: async (context) => ({ url: `/api/v1/organizations/${memberOrganization(context)}/contacts` }),
    expected: { ...contactRights(200), evaluator: [200, 403] },
  },
  {
    method: "POST",
    path: "/api/v1/organizations/:id/contacts",
    attempt: {
      own: "add a contact to an organization of its partnership",
      foreign: "add a contact to an organization of another partnership",
    },
    prepare: async (context) => ({
      url: `/api/v1/organizations/${memberOrganization(context)}/contacts`,
      payload: { name: uniqueName("Matrix Contact") },
    }),
    expected: contactRights(201),
  },
  {
    method: "PATCH",
    path: "/api/v1/organizations/:id/contacts/:contactId",
    attempt: {
      own: "change a contact of an organization of its partnership",
      foreign: "change a contact of an organization of another partnership",
    },
    prepare: async (context) => ({
      url: `/api/v1/organizations/${memberOrganization(context)}/contacts/${await throwawayContact(context)}`,
      payload: { title: "Changed in the matrix" },
    }),
    expected: contactRights(200),
  },
  {
    method: "DELETE",
    path: "/api/v1/organizations/:id/contacts/:contactId",
    attempt: {
      own: "delete a contact of an organization of its partnership",
      foreign: "delete a contact of an organization of another partnership",
    },
    prepare: async (context) => ({
      url: `/api/v1/organizations/${memberOrganization(context)}/contacts/${await throwawayContact(context)}`,
    }),
    expected: contactRights(204),
  },
];
