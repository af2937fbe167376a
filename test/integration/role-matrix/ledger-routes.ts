// The commitment ledger's routes. Everyone who reads a partnership reads its ledger; a partner user
// pledges and moves only its own organization's commitments, a coordinator those of every member of
// the partnerships they coordinate; program officers and evaluators read only. Written out per role
// rather than derived from the abilities table, so that a change of the table shows up here.
import { buildCommitment, daysFromToday } from "../../support/ledger-factories.js";
import { formWith } from "../../support/uploads.js";
import { uniqueName, type Context, type Expected, type RouteCase, type Who } from "./matrix.js";

const byRole = (statuses: Record<Exclude<Who, "anonymous">, Expected>): Record<Who, Expected> => ({ ...statuses, anonymous: 401 });

/** The member a case is about: on the own side the partner's organization (or the lead, `other`), on the foreign side the foreign member. */
function memberOf({ world, side }: Context, other = false) {
  if (side === "foreign") return { partnershipId: world.partnerships.foreign.id, organizationId: world.organizations.foreignMember.id };
  return {
    partnershipId: world.partnerships.own.id,
    organizationId: (other ? world.organizations.ownLead : world.organizations.ownMember).id,
  };
}

async function commitmentOf(context: Context, other = false): Promise<string> {
  const { partnershipId, organizationId } = memberOf(context, other);
  return (await buildCommitment(context.db, partnershipId, organizationId, { description: uniqueName("Matrix commitment") })).id;
}

function pledgeBody(context: Context, other = false) {
  return {
    organizationId: memberOf(context, other).organizationId,
    description: uniqueName("Matrix pledge"),
    axis: "prevention",
    pledgedOn: daysFromToday(-1),
    dueOn: daysFromToday(30),
  };
}

/** Reading: everyone in scope; outside it only an administrator. */
const READ = byRole({ admin: 200, programOfficer: [200, 404], evaluator: [200, 404], coordinator: [200, 404], partner: [200, 404] });
/** Changing the partner's own organization's commitment: its partner user, the coordinator, an administrator. */
const CHANGE_OWN = (ok: number) =>
  byRole({ admin: ok, programOfficer: [403, 404], evaluator: [403, 404], coordinator: [ok, 404], partner: [ok, 404] });
/** Changing another member's commitment in the partner's partnership: not the partner user. */
const CHANGE_OTHER = (ok: number) => byRole({ admin: ok, programOfficer: 403, evaluator: 403, coordinator: ok, partner: 403 });

export const ledgerRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/commitments",
    attempt: { own: "read its partnership's ledger", foreign: "read another partnership's ledger" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${memberOf(context).partnershipId}/commitments` }),
    expected: READ,
  },
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/commitments",
    attempt: { own: "pledge a commitment for the partner's organization", foreign: "pledge one in another partnership" },
    prepare: async (context) => ({
      url: `/api/v1/partnerships/${memberOf(context).partnershipId}/commitments`,
      payload: pledgeBody(context),
    }),
    expected: CHANGE_OWN(201),
  },
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/commitments",
    attempt: "pledge a commitment for another member of its partnership",
    prepare: async (context) => ({
      url: `/api/v1/partnerships/${context.world.partnerships.own.id}/commitments`,
      payload: pledgeBody(context, true),
    }),
    expected: CHANGE_OTHER(201),
  },
  {
    method: "GET",
    path: "/api/v1/commitments/:id",
    attempt: { own: "read a commitment of its partnership", foreign: "read one of another partnership" },
    prepare: async (context) => ({ url: `/api/v1/commitments/${await commitmentOf(context)}` }),
    expected: READ,
  },
  {
    method: "PATCH",
    path: "/api/v1/commitments/:id",
    attempt: { own: "edit the partner's organization's commitment", foreign: "edit one of another partnership" },
    prepare: async (context) => ({ url: `/api/v1/commitments/${await commitmentOf(context)}`, payload: { version: 1, axis: "reentry" } }),
    expected: CHANGE_OWN(200),
  },
  {
    method: "PATCH",
    path: "/api/v1/commitments/:id",
    attempt: "edit another member's commitment in its partnership",
    prepare: async (context) => ({
      url: `/api/v1/commitments/${await commitmentOf(context, true)}`,
      payload: { version: 1, axis: "reentry" },
    }),
    expected: CHANGE_OTHER(200),
  },
  {
    method: "POST",
    path: "/api/v1/commitments/:id/moves",
    attempt: { own: "deliver the partner's organization's commitment", foreign: "deliver one of another partnership" },
    prepare: async (context) => ({
      url: `/api/v1/commitments/${await commitmentOf(context)}/moves`,
      payload: { version: 1, to: "delivered" },
    }),
    expected: CHANGE_OWN(200),
  },
  {
    method: "POST",
    path: "/api/v1/commitments/:id/moves",
    attempt: "withdraw another member's commitment in its partnership",
    prepare: async (context) => ({
      url: `/api/v1/commitments/${await commitmentOf(context, true)}/moves`,
      payload: { version: 1, to: "withdrawn", reason: "Matrix" },
    }),
    expected: CHANGE_OTHER(200),
  },
  {
    method: "POST",
    path: "/api/v1/imports/commitments",
    attempt: {
      own: "import a commitment of the partner's organization",
      foreign: "import a commitment in another program's partnership",
    },
    // A row outside the caller's rights is a row error (400) that writes nothing, never a 404 that would say the partnership exists.
    prepare: async ({ side }) => {
      const address = side === "own" ? "CMP,Own Partnership,Own Member School Board" : "BAP,Foreign Partnership,Foreign Member Police";
      const line = `${address},${uniqueName("Imported pledge")},prevention,${daysFromToday(-2)},${daysFromToday(9)}`;
      const content = `program,partnership,organization,description,axis,pledged_on,due_on\n${line}\n`;
      return { url: "/api/v1/imports/commitments", payload: formWith([{ name: "ledger.csv", content }]) };
    },
    expected: byRole({ admin: 200, programOfficer: 400, evaluator: 400, coordinator: [200, 400], partner: [200, 400] }),
  },
];
