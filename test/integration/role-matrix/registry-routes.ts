import { roleRights, rowRights, type OwnRow } from "./from-table.js";
import { signedIn, uniqueName, userIdOf, type RouteCase } from "./matrix.js";
import { memberOrganization, throwawayContact, throwawayMembership, unreferencedOrganization } from "./throwaway.js";

const READ = ["organization", "read"] as const;
/** The world's member organization: the partner's own, taking part in the own partnership. */
const MEMBER: OwnRow = ["ownOrganization", "inReadablePartnerships", "inManageablePartnerships"];
/** A new member of the own partnership: nobody's own organization, registered by nobody. */
const NEW_MEMBER: OwnRow = ["inReadablePartnerships", "inManageablePartnerships"];
/** An organization in no partnership, registered by the caller. */
const REGISTERED: OwnRow = ["createdByMe"];

/** Changing contacts: staff outside the partnership see the organization but not its people (403); partners do not see it at all (404). */
const contactRights = (ok: number) => rowRights(READ, ["organization", "manageContacts"], ok, MEMBER);

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
    expected: roleRights("createOrganizations", 201),
  },
  {
    method: "GET",
    path: "/api/v1/organizations/:id",
    attempt: { own: "read an organization of its partnership", foreign: "read an organization of another partnership" },
    prepare: async (context) => ({ url: `/api/v1/organizations/${memberOrganization(context)}` }),
    expected: rowRights(READ, READ, 200, MEMBER),
  },
  {
    method: "PATCH",
    path: "/api/v1/organizations/:id",
    attempt: { own: "change an organization of its partnership", foreign: "change an organization of another partnership" },
    prepare: async (context) => {
      const { organizationId } = await throwawayMembership(context);
      return { url: `/api/v1/organizations/${organizationId}`, payload: { notes: "Changed in the matrix" } };
    },
    expected: rowRights(READ, ["organization", "update"], 200, NEW_MEMBER),
  },
  {
    method: "DELETE",
    path: "/api/v1/organizations/:id",
    attempt: { own: "delete an unused organization it registered", foreign: "delete an unused organization someone else registered" },
    prepare: async (context) => ({ url: `/api/v1/organizations/${await unreferencedOrganization(context, userIdOf(context))}` }),
    expected: rowRights(READ, ["organization", "delete"], 204, REGISTERED),
  },
  {
    method: "GET",
    path: "/api/v1/organizations/:id/contacts",
    attempt: {
      own: "read the contacts of an organization of its partnership",
      foreign: "read the contacts of an organization of another partnership",
    },
    prepare: async (context) => ({ url: `/api/v1/organizations/${memberOrganization(context)}/contacts` }),
    expected: rowRights(READ, ["organization", "readContacts"], 200, MEMBER),
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
