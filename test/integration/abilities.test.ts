// Every resource the API returns carries the caller's abilities for it, and they tell the truth: for
// each role, on a row inside and a row outside its scope, every action the abilities allow succeeds
// and every action they deny is refused (403), never the other way round.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_COMPOSITION } from "../../src/domain/coverage/default-composition.js";
import { ABILITIES, GLOBAL_ABILITIES } from "../../src/domain/access/abilities.js";
import { createWorldApp, type Client } from "../support/app.js";
import { buildCommunication } from "../support/calendar-factories.js";
import { DIALECTS } from "../support/databases.js";
import { buildContact, buildMembership, buildOrganization, buildPartnership } from "../support/factories.js";
import { newId } from "../../src/server/ids.js";
import { recordAudit } from "../../src/server/modules/audit/repository.js";
import { createApiToken } from "../../src/server/modules/auth/service.js";
import { DOMAIN_ROLE } from "./role-matrix/from-table.js";
import { LABELS, ROLES, uniqueName, type Context, type Side } from "./role-matrix/matrix.js";
import { CHARTER_TEXT } from "../support/charter-factories.js";
import { dayFromToday } from "../support/survey-rounds-factories.js";
import type { Attempt, Probe } from "./abilities/probe.js";
import { SURVEY_PROBES } from "./abilities/survey-probes.js";
import {
  memberOrganization,
  throwawayPartnership,
  throwawayUser,
  unreferencedOrganization,
  worldPartnership,
} from "./role-matrix/throwaway.js";

type Abilities = Record<string, boolean>;

/**
 * A partnership on the side, with the partner's organization as a member but not as the lead (a lead cannot be removed),
 * its membership awaiting the organization's confirmation (so that confirming it is something to do).
 */
async function partnershipWithPartnerMember(context: Context): Promise<{ partnershipId: string; membershipId: string }> {
  if (context.side === "foreign") {
    const organization = await buildOrganization(context.db);
    const membership = await buildMembership(context.db, worldPartnership(context), organization.id, { confirmed: false });
    return { partnershipId: worldPartnership(context), membershipId: membership.id };
  }
  const { world, db } = context;
  const partnership = await buildPartnership(db, { programId: world.programs.own.id, leadOrganizationId: world.organizations.ownLead.id });
  await db.insertInto("partnership_coordinators").values({ partnership_id: partnership.id, user_id: world.users.coordinator.id }).execute();
  const membership = await buildMembership(db, partnership.id, world.organizations.ownMember.id, { confirmed: false });
  return { partnershipId: partnership.id, membershipId: membership.id };
}

const uniqueRound = () => uniqueName("round").replace(" ", "-");
const roundDates = () => ({ opensOn: dayFromToday(0), closesOn: dayFromToday(14) });

const PROBES: Probe[] = [
  {
    resource: "partnership",
    read: async (context) => {
      const id = await throwawayPartnership(context);
      return { url: `/api/v1/partnerships/${id}`, list: "/api/v1/partnerships?pageSize=100" };
    },
    attempts: async (context, row) => {
      // Changing the lead's membership rather than adding one, so that the partnership can still be deleted.
      const lead = await context.db
        .selectFrom("memberships")
        .select(["id", "organization_id"])
        .where("partnership_id", "=", row.id)
        .executeTakeFirstOrThrow();
      // A second member, so that a contact between two members can be logged.
      const organization = await buildOrganization(context.db);
      const other = { id: organization.id, membershipId: (await buildMembership(context.db, row.id, organization.id)).id };
      // One of the lead's contacts with an address, to be asked in a survey round.
      const respondent = await buildContact(context.db, lead.organization_id, { email: `${uniqueRound()}@example.org` });
      const today = new Date().toISOString().slice(0, 10);
      return {
        managePlan: { method: "POST", url: `/api/v1/partnerships/${row.id}/goals`, payload: { title: "Checked" }, ok: 201 },
        manageMeetings: {
          method: "PUT",
          url: `/api/v1/partnerships/${row.id}/meeting-settings`,
          payload: { cadence: "monthly", noticeDays: 3 },
          ok: 200,
        },
        update: { method: "PATCH", url: `/api/v1/partnerships/${row.id}`, payload: { description: "Checked" }, ok: 200 },
        logContacts: {
          method: "POST",
          url: `/api/v1/partnerships/${row.id}/communications`,
          payload: { occurredOn: today, organizationIds: [lead.organization_id, other.id], channel: "email", subject: "Checked" },
          ok: 201,
        },
        // Removing the second member once the contact is logged, so that the partnership can still be deleted.
        manageMembers: { method: "DELETE", url: `/api/v1/partnerships/${row.id}/members/${other.membershipId}`, ok: 204 },
        classify: { method: "POST", url: `/api/v1/partnerships/${row.id}/involvement/reclassify`, payload: {}, ok: 200 },
        editCharter: { method: "PUT", url: `/api/v1/partnerships/${row.id}/charter`, payload: CHARTER_TEXT, ok: 201 },
        runSurveys: {
          method: "POST",
          url: `/api/v1/partnerships/${row.id}/survey-rounds`,
          payload: { ...roundDates(), instrument: "health-check", label: "baseline", respondents: [{ contactId: respondent.id }] },
          ok: 201,
        },
        delete: { method: "DELETE", url: `/api/v1/partnerships/${row.id}`, ok: 204 },
      };
    },
  },
  {
    resource: "organization",
    read: async ({ world, side }) => ({
      url: `/api/v1/organizations/${side === "own" ? world.organizations.ownMember.id : world.organizations.foreignMember.id}`,
      list: "/api/v1/organizations?pageSize=100",
    }),
    attempts: async (_context, row) => ({
      update: { method: "PATCH", url: `/api/v1/organizations/${row.id}`, payload: { notes: "Checked" }, ok: 200 },
      readContacts: { method: "GET", url: `/api/v1/organizations/${row.id}/contacts`, ok: 200 },
      manageContacts: {
        method: "POST",
        url: `/api/v1/organizations/${row.id}/contacts`,
        payload: { name: uniqueName("Checked") },
        ok: 201,
      },
    }),
    // Deleting is tried on an organization nothing refers to, below.
    partial: true,
  },
  {
    resource: "organization awaiting its confirmation",
    // Made a member of the side's partnership by its staff, not yet confirmed by the organization.
    read: async (context) => {
      const organization = await buildOrganization(context.db);
      await buildMembership(context.db, worldPartnership(context), organization.id, { confirmed: false });
      return { url: `/api/v1/organizations/${organization.id}` };
    },
    attempts: async (_context, row) => ({
      update: { method: "PATCH", url: `/api/v1/organizations/${row.id}`, payload: { notes: "Checked" }, ok: 200 },
      readContacts: { method: "GET", url: `/api/v1/organizations/${row.id}/contacts`, ok: 200 },
      manageContacts: {
        method: "POST",
        url: `/api/v1/organizations/${row.id}/contacts`,
        payload: { name: uniqueName("Checked") },
        ok: 201,
      },
    }),
    partial: true,
  },
  {
    resource: "organization nothing refers to",
    read: async (context) => ({ url: `/api/v1/organizations/${await unreferencedOrganization(context, callerId(context))}` }),
    attempts: async (_context, row) => ({ delete: { method: "DELETE", url: `/api/v1/organizations/${row.id}`, ok: 204 } }),
    partial: true,
  },
  {
    resource: "contact",
    read: async (context) => {
      const organization = context.side === "own" ? context.world.organizations.ownMember.id : context.world.organizations.foreignMember.id;
      const contact = await buildContact(context.db, organization);
      return { url: `/api/v1/organizations/${organization}/contacts?pageSize=100`, pick: (data) => data.find((c) => c.id === contact.id) };
    },
    attempts: async (_context, row) => {
      const contact = row as { id: string; organizationId: string };
      const url = `/api/v1/organizations/${contact.organizationId}/contacts/${contact.id}`;
      return {
        update: { method: "PATCH", url, payload: { title: "Checked" }, ok: 200 },
        delete: { method: "DELETE", url, ok: 204 },
      };
    },
  },
  {
    resource: "membership",
    read: async (context) => {
      const { partnershipId, membershipId } = await partnershipWithPartnerMember(context);
      return {
        url: `/api/v1/partnerships/${partnershipId}/members/${membershipId}`,
        list: `/api/v1/partnerships/${partnershipId}/members?pageSize=100`,
      };
    },
    attempts: async (_context, row) => {
      const membership = row as { id: string; partnershipId: string; organization: { id: string } };
      const url = `/api/v1/partnerships/${membership.partnershipId}/members/${membership.id}`;
      const today = new Date().toISOString().slice(0, 10);
      const answers = { respondent: "Checked", indicators: { proposal_copy: true } };
      return {
        readInvolvement: { method: "GET", url: `${url}/involvement`, ok: 200 },
        recordLeadView: { method: "PUT", url: `${url}/involvement/lead/${uniqueRound()}`, payload: answers, ok: 201 },
        recordPartnerView: { method: "PUT", url: `${url}/involvement/partner/${uniqueRound()}`, payload: answers, ok: 201 },
        update: { method: "PATCH", url, payload: { notes: "Checked" }, ok: 200 },
        confirm: { method: "POST", url: `${url}/confirm`, ok: 200 },
        pledge: {
          method: "POST",
          url: `/api/v1/partnerships/${membership.partnershipId}/commitments`,
          payload: {
            organizationId: membership.organization.id,
            description: uniqueName("Checked pledge"),
            axis: "prevention",
            pledgedOn: today,
            dueOn: "2999-01-01",
          },
          ok: 201,
        },
        delete: { method: "DELETE", url, ok: 204 },
      };
    },
  },
  {
    resource: "communication",
    // An entry of the side's log between its lead and its member (the partner's organization on the own side).
    read: async (context) => {
      const { world, side } = context;
      const parties =
        side === "own"
          ? [world.organizations.ownLead.id, world.organizations.ownMember.id]
          : [world.organizations.foreignLead.id, world.organizations.foreignMember.id];
      const entry = await buildCommunication(context.db, worldPartnership(context), parties);
      return {
        url: `/api/v1/communications/${entry.id}`,
        list: `/api/v1/partnerships/${worldPartnership(context)}/communications?pageSize=100`,
      };
    },
    attempts: async (_context, row) => ({
      update: { method: "PATCH", url: `/api/v1/communications/${row.id}`, payload: { version: 1, subject: "Checked" }, ok: 200 },
      delete: { method: "DELETE", url: `/api/v1/communications/${row.id}?version=2`, ok: 204 },
    }),
  },
  {
    resource: "program",
    read: async ({ world, side }) => ({ url: `/api/v1/programs/${world.programs[side].id}`, list: "/api/v1/programs?pageSize=100" }),
    attempts: async ({ world, side }, row) => ({
      update: { method: "PATCH", url: `/api/v1/programs/${row.id}`, payload: { description: "Checked" }, ok: 200 },
      chooseRubric: {
        method: "PUT",
        url: `/api/v1/programs/${row.id}/default-rubric`,
        payload: { rubricId: "partnership-study-2002" },
        ok: 200,
      },
      editComposition: { method: "PUT", url: `/api/v1/programs/${row.id}/composition`, payload: DEFAULT_COMPOSITION, ok: 200 },
      openPartnerships: {
        method: "POST",
        url: "/api/v1/partnerships",
        payload: {
          name: uniqueName("Checked Partnership"),
          programId: row.id,
          leadOrganizationId: side === "own" ? world.organizations.ownLead.id : world.organizations.foreignLead.id,
        },
        ok: 201,
      },
    }),
  },
  {
    resource: "user account",
    guarded: true,
    partial: true,
    read: async (context) => ({ url: `/api/v1/users/${await throwawayUser(context)}` }),
    // Demoting, disabling and enabling are bounded by the last-administrator rule, tested with the users module.
    attempts: async (_context, row) => ({
      update: { method: "PATCH", url: `/api/v1/users/${row.id}`, payload: { name: "Checked Name" }, ok: 200 },
      listTokens: { method: "GET", url: `/api/v1/users/${row.id}/tokens`, ok: 200 },
    }),
  },
  {
    resource: "API token",
    read: async (context) => {
      const token = await createApiToken(context.db, callerId(context), uniqueName("Probe token"));
      return { url: "/api/v1/tokens?pageSize=100", pick: (data) => data.find((item) => item.id === token.id) };
    },
    attempts: async (_context, row) => ({ revoke: { method: "DELETE", url: `/api/v1/tokens/${row.id}`, ok: 204 } }),
  },
  {
    resource: "audit event",
    guarded: true,
    // A change to a contact of the side's member organization: its personal data is readable where the organization's contacts are.
    read: async (context) => {
      const entityId = newId();
      await recordAudit(context.db, {
        userId: null,
        action: "update",
        entity: "contact",
        entityId,
        organizationId: memberOrganization(context),
        changes: { email: ["before@example.org", "after@example.org"] },
      });
      return { url: `/api/v1/audit-events?entity=contact&entityId=${entityId}`, pick: (data) => data[0] };
    },
    attempts: async (context) => ({
      readPersonalData: { method: "GET", url: `/api/v1/organizations/${memberOrganization(context)}/contacts`, ok: 200 },
    }),
  },
  {
    resource: "program composition",
    read: async ({ world, side }) => ({ url: `/api/v1/programs/${world.programs[side].id}/composition` }),
    attempts: async ({ world, side }) => ({
      update: { method: "PUT", url: `/api/v1/programs/${world.programs[side].id}/composition`, payload: DEFAULT_COMPOSITION, ok: 200 },
    }),
  },
  {
    resource: "program rubric",
    read: async ({ world, side }) => ({ url: `/api/v1/programs/${world.programs[side].id}/default-rubric` }),
    attempts: async ({ world, side }) => ({
      update: {
        method: "PUT",
        url: `/api/v1/programs/${world.programs[side].id}/default-rubric`,
        payload: { rubricId: "partnership-study-2002" },
        ok: 200,
      },
    }),
  },
  ...SURVEY_PROBES,
];

let callerOf: (context: Context) => string = () => "";
const callerId = (context: Context) => callerOf(context);

const article = (noun: string) => (/^[aeiou]/.test(noun) ? "an" : "a");

async function send(client: Client, attempt: Attempt): Promise<{ status: number; body: string }> {
  const res = await client.request({ method: attempt.method, url: attempt.url, payload: attempt.payload as never });
  return { status: res.statusCode, body: res.body };
}

for (const dialect of DIALECTS) {
  describe(`abilities on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      // An administrator has granted the evaluator the export of individual responses, so that a round's `exportResponses` is true somewhere.
      await t.database.db.updateTable("users").set({ response_export: "anonymous" }).where("id", "=", t.world.users.evaluator.id).execute();
      callerOf = (context) => t.world.users[context.who === "anonymous" ? "admin" : context.who].id;
    });
    afterAll(() => t.close());

    for (const who of ROLES) {
      it(`tells ${LABELS[who]} what its role may do, from the abilities table`, async () => {
        const session = (await t.as(who).get("/api/v1/auth/session")).json();
        expect(Object.keys(session.abilities).sort()).toEqual([...GLOBAL_ABILITIES].sort());
        expect(session.abilities).toEqual(ABILITIES[DOMAIN_ROLE[who]].global);
      });

      for (const probe of PROBES) {
        for (const side of ["own", "foreign"] as Side[]) {
          const where = side === "own" ? "inside" : "outside";
          it(`gives ${LABELS[who]} abilities on ${article(probe.resource)} ${probe.resource} ${where} its scope that the server then honours`, async () => {
            const context: Context = { db: t.database.db, world: t.world, who, side };
            const client = t.as(who);
            const { url, list, pick } = await probe.read(context);
            const res = await client.get(url);
            // A row the role may not read is not returned, so it carries nothing to check (the role matrix checks the refusal).
            if (res.statusCode === 404 || ((pick || probe.guarded) && res.statusCode === 403)) return;
            expect(res.statusCode, res.body).toBe(200);
            const body = res.json();
            const row = (pick ? pick(body.data) : body) as { id: string; abilities: Abilities };
            expect(row.abilities).toBeTypeOf("object");
            if (list) {
              const listed = ((await client.get(list)).json().data as { id: string; abilities: Abilities }[]).find(
                (item) => item.id === row.id,
              );
              if (listed) expect(listed.abilities).toEqual(row.abilities);
            }
            const attempts = await probe.attempts(context, row);
            if (probe.partial) expect(Object.keys(row.abilities)).toEqual(expect.arrayContaining(Object.keys(attempts)));
            else expect(Object.keys(row.abilities).sort()).toEqual(Object.keys(attempts).sort());
            // Deleting last, so that the other attempts find the row.
            const order = Object.keys(attempts).sort((a, b) => Number(a === "delete") - Number(b === "delete"));
            for (const ability of order) {
              const attempt = attempts[ability];
              if (!attempt) continue;
              const { status, body: answer } = await send(client, attempt);
              const expected = row.abilities[ability] ? attempt.ok : 403;
              expect(status, `${ability}: ${answer}`).toBe(expected);
            }
          });
        }
      }
    }
  });
}
