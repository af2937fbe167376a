// The communication log: everyone who reads a partnership reads its log; those who may log contacts
// there write it (a partner, entries its own organization took part in: here the own side's entries
// are between the partner's organization and the lead).
import { buildCommunication } from "../../support/calendar-factories.js";
import { rowRights } from "./from-table.js";
import type { Context, RouteCase } from "./matrix.js";
import { worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
const LOG = ["partnership", "logContacts"] as const;

/** The world's partnership on the side and its two organizations (the lead and the member). */
function parties({ world, side }: Context): string[] {
  return side === "own"
    ? [world.organizations.ownLead.id, world.organizations.ownMember.id]
    : [world.organizations.foreignLead.id, world.organizations.foreignMember.id];
}

async function throwawayEntry(context: Context): Promise<string> {
  return (await buildCommunication(context.db, worldPartnership(context), parties(context))).id;
}

export const communicationsRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/communications",
    attempt: { own: "read its partnership's communication log", foreign: "read another partnership's communication log" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/communications` }),
    expected: rowRights(READ, READ, 200),
  },
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/communications",
    attempt: { own: "log a contact between its partnership's members", foreign: "log a contact in another partnership" },
    prepare: async (context) => ({
      url: `/api/v1/partnerships/${worldPartnership(context)}/communications`,
      payload: { occurredOn: "2026-06-01", organizationIds: parties(context), channel: "phone", subject: "Matrix call" },
    }),
    expected: rowRights(READ, LOG, 201),
  },
  {
    method: "GET",
    path: "/api/v1/communications/:id",
    attempt: { own: "read an entry of its partnership's log", foreign: "read an entry of another partnership's log" },
    prepare: async (context) => ({ url: `/api/v1/communications/${await throwawayEntry(context)}` }),
    expected: rowRights(READ, READ, 200),
  },
  {
    method: "PATCH",
    path: "/api/v1/communications/:id",
    attempt: { own: "change an entry of its partnership's log", foreign: "change an entry of another partnership's log" },
    prepare: async (context) => ({
      url: `/api/v1/communications/${await throwawayEntry(context)}`,
      payload: { version: 1, subject: "Changed" },
    }),
    expected: rowRights(READ, LOG, 200),
  },
  {
    method: "DELETE",
    path: "/api/v1/communications/:id",
    attempt: { own: "delete an entry of its partnership's log", foreign: "delete an entry of another partnership's log" },
    prepare: async (context) => ({ url: `/api/v1/communications/${await throwawayEntry(context)}?version=1` }),
    expected: rowRights(READ, LOG, 204),
  },
];
