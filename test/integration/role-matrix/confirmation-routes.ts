// The ways staff could once grant themselves rights over an organization's record and people, each
// as a route the role matrix runs: adding the organization to a partnership they run (with one of its
// contacts as representative, or not), opening a partnership it leads, and, for rubrics, adding a
// version to one that programs outside their reach use. A membership gives those rights only once the
// organization confirms it (one of its users, or an administrator).
import { now } from "../../../src/server/ids.js";
import { buildContact, buildMembership, buildOrganization, buildPartnership, buildProgram } from "../../support/factories.js";
import { uniqueName, type Context, type Expected, type RouteCase, type Who } from "./matrix.js";
import { rubricDocument } from "./typology-routes.js";
import { worldPartnership } from "./throwaway.js";

const ROLE_STATUSES = (statuses: Record<Exclude<Who, "anonymous">, Expected>): Record<Who, Expected> => ({ ...statuses, anonymous: 401 });

/**
 * An organization nobody on the own side registered or belongs to, with one contact, awaiting its
 * confirmation in a partnership of the own program that the world's coordinator runs, as its lead or
 * as a member (the membership made as the API makes it for someone who may not confirm it).
 */
async function awaitingOrganization({ db, world }: Context, as: "lead" | "member"): Promise<string> {
  const organization = await buildOrganization(db);
  await buildContact(db, organization.id);
  if (as === "member") {
    await buildMembership(db, world.partnerships.own.id, organization.id, { confirmed: false });
  } else {
    const partnership = await buildPartnership(db, { programId: world.programs.own.id, leadOrganizationId: organization.id });
    await db.updateTable("memberships").set({ confirmed_at: null }).where("id", "=", partnership.leadMembershipId).execute();
    await db
      .insertInto("partnership_coordinators")
      .values({ partnership_id: partnership.id, user_id: world.users.coordinator.id })
      .execute();
  }
  return organization.id;
}

/** Only administrators reach an awaiting organization's people; the staff who added it are refused, partners do not see it. */
const closedToStaff = (ok: number) => ROLE_STATUSES({ admin: ok, programOfficer: 403, evaluator: 403, coordinator: 403, partner: 404 });

function awaitingCases(as: "lead" | "member"): RouteCase[] {
  const which = as === "lead" ? "that leads, unconfirmed, a partnership it runs" : "added, unconfirmed, to its partnership";
  return [
    {
      method: "GET",
      path: "/api/v1/organizations/:id/contacts",
      attempt: `read the contacts of an organization ${which}`,
      prepare: async (context) => ({ url: `/api/v1/organizations/${await awaitingOrganization(context, as)}/contacts` }),
      expected: closedToStaff(200),
    },
    {
      method: "PATCH",
      path: "/api/v1/organizations/:id",
      attempt: `rename, in the shared registry, an organization ${which}`,
      prepare: async (context) => ({
        url: `/api/v1/organizations/${await awaitingOrganization(context, as)}`,
        payload: { name: uniqueName("Renamed In Matrix") },
      }),
      expected: closedToStaff(200),
    },
    {
      method: "POST",
      path: "/api/v1/organizations/:id/contacts",
      attempt: `add a contact to an organization ${which}`,
      prepare: async (context) => ({
        url: `/api/v1/organizations/${await awaitingOrganization(context, as)}/contacts`,
        payload: { name: "Matrix Contact", email: "matrix-contact@example.org" },
      }),
      expected: closedToStaff(201),
    },
  ];
}

/** A membership of the partner's organization awaiting its confirmation, or one of a foreign partnership's. */
async function awaitingMembership({ db, world, side }: Context): Promise<{ partnershipId: string; membershipId: string }> {
  if (side === "foreign") {
    const organization = await buildOrganization(db);
    const membership = await buildMembership(db, world.partnerships.foreign.id, organization.id, { confirmed: false });
    return { partnershipId: world.partnerships.foreign.id, membershipId: membership.id };
  }
  const partnership = await buildPartnership(db, { programId: world.programs.own.id, leadOrganizationId: world.organizations.ownLead.id });
  await db.insertInto("partnership_coordinators").values({ partnership_id: partnership.id, user_id: world.users.coordinator.id }).execute();
  const membership = await buildMembership(db, partnership.id, world.organizations.ownMember.id, { confirmed: false });
  return { partnershipId: partnership.id, membershipId: membership.id };
}

/** A rubric stored at version 1 and chosen by a new program: on the own side one assigned to the officer and the evaluator. */
async function rubricInUse({ db, world, side }: Context): Promise<Record<string, unknown>> {
  const draft = rubricDocument();
  const at = now();
  await db
    .insertInto("rubrics")
    .values({ id: draft.id, version: 1, document: JSON.stringify({ ...draft, version: 1 }), created_by: null, created_at: at })
    .execute();
  const program = await buildProgram(db);
  if (side === "own") {
    await db
      .insertInto("user_programs")
      .values([
        { user_id: world.users.programOfficer.id, program_id: program.id },
        { user_id: world.users.evaluator.id, program_id: program.id },
      ])
      .execute();
  }
  await db
    .insertInto("program_default_rubrics")
    .values({ program_id: program.id, rubric_id: draft.id, set_by: null, set_at: at })
    .execute();
  return { ...draft, version: 2 };
}

export const confirmationRoutes: RouteCase[] = [
  ...awaitingCases("member"),
  ...awaitingCases("lead"),
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/members",
    attempt: {
      own: "add an organization to its partnership with one of that organization's contacts as representative",
      foreign: "add an organization to another partnership with one of that organization's contacts as representative",
    },
    prepare: async (context) => {
      const organization = await buildOrganization(context.db);
      const contact = await buildContact(context.db, organization.id);
      return {
        url: `/api/v1/partnerships/${worldPartnership(context)}/members`,
        payload: { organizationId: organization.id, representativeContactId: contact.id },
      };
    },
    // Administrators confirm as they add; the staff who run the partnership may name only people they already see.
    expected: ROLE_STATUSES({
      admin: 201,
      programOfficer: [400, 404],
      evaluator: [403, 404],
      coordinator: [400, 404],
      partner: [403, 404],
    }),
  },
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/members/:membershipId/confirm",
    attempt: {
      own: "confirm that its organization takes part in a partnership",
      foreign: "confirm that an organization takes part in another partnership",
    },
    prepare: async (context) => {
      const { partnershipId, membershipId } = await awaitingMembership(context);
      return { url: `/api/v1/partnerships/${partnershipId}/members/${membershipId}/confirm` };
    },
    expected: ROLE_STATUSES({
      admin: 200,
      programOfficer: [403, 404],
      evaluator: [403, 404],
      coordinator: [403, 404],
      partner: [200, 404],
    }),
  },
  {
    method: "POST",
    path: "/api/v1/rubrics",
    attempt: {
      own: "add a version to a rubric that only a program it is assigned uses",
      foreign: "add a version to a rubric that a program it is not assigned uses",
    },
    prepare: async (context) => ({ url: "/api/v1/rubrics", payload: await rubricInUse(context) }),
    expected: ROLE_STATUSES({ admin: 201, programOfficer: 403, evaluator: [201, 403], coordinator: 403, partner: 403 }),
  },
];
