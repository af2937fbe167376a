// The meetings routes: reading follows the partnership's `read`; every write needs its `manageMeetings`
// (administrators everywhere, coordinators in the partnerships they run; officers, evaluators and
// partners read only).
import { buildCommitment, buildMeeting } from "../../support/meetings-factories.js";
import { rowRights } from "./from-table.js";
import type { Context, RouteCase } from "./matrix.js";
import { worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;
const readRights = rowRights(READ, READ, 200);
const manageRights = (ok: number) => rowRights(READ, ["partnership", "manageMeetings"], ok);

/** A meeting of its own in the world's own or foreign partnership, so that a change in one case leaves the others alone. */
async function throwawayMeeting(context: Context): Promise<string> {
  return (await buildMeeting(context.db, worldPartnership(context), { startsAt: "2026-04-14T17:00:00.000Z" })).id;
}

const memberOf = ({ world, side }: Context) => (side === "own" ? world.organizations.ownMember.id : world.organizations.foreignMember.id);

export const meetingsRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/meetings",
    attempt: { own: "list its partnership's meetings", foreign: "list another partnership's meetings" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/meetings` }),
    expected: readRights,
  },
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/meetings",
    attempt: { own: "schedule a meeting of its partnership", foreign: "schedule a meeting of another partnership" },
    prepare: async (context) => ({
      url: `/api/v1/partnerships/${worldPartnership(context)}/meetings`,
      payload: { title: "Matrix meeting", startsAt: "2026-05-05T18:00:00-04:00", endsAt: "2026-05-05T19:30:00-04:00", location: "Online" },
    }),
    expected: manageRights(201),
  },
  {
    method: "PUT",
    path: "/api/v1/partnerships/:id/meeting-settings",
    attempt: { own: "set its partnership's cadence", foreign: "set another partnership's cadence" },
    prepare: async (context) => ({
      url: `/api/v1/partnerships/${worldPartnership(context)}/meeting-settings`,
      payload: { cadence: "fortnightly", noticeDays: 3 },
    }),
    expected: manageRights(200),
  },
  {
    method: "GET",
    path: "/api/v1/meetings/:id",
    attempt: { own: "read a meeting of its partnership", foreign: "read a meeting of another partnership" },
    prepare: async (context) => ({ url: `/api/v1/meetings/${await throwawayMeeting(context)}` }),
    expected: readRights,
  },
  {
    method: "PATCH",
    path: "/api/v1/meetings/:id",
    attempt: { own: "change a meeting of its partnership", foreign: "change a meeting of another partnership" },
    prepare: async (context) => ({
      url: `/api/v1/meetings/${await throwawayMeeting(context)}`,
      payload: { version: 1, minutes: "Noted." },
    }),
    expected: manageRights(200),
  },
  {
    method: "POST",
    path: "/api/v1/meetings/:id/cancel",
    attempt: { own: "cancel a meeting of its partnership", foreign: "cancel a meeting of another partnership" },
    prepare: async (context) => ({ url: `/api/v1/meetings/${await throwawayMeeting(context)}/cancel`, payload: {} }),
    expected: manageRights(200),
  },
  {
    method: "PUT",
    path: "/api/v1/meetings/:id/attendance",
    attempt: { own: "record who came to a meeting of its partnership", foreign: "record who came to a meeting of another partnership" },
    prepare: async (context) => ({
      url: `/api/v1/meetings/${await throwawayMeeting(context)}/attendance`,
      payload: { attendees: [{ organizationId: memberOf(context), canCommit: true }] },
    }),
    expected: manageRights(200),
  },
  {
    method: "GET",
    path: "/api/v1/meetings/:id/review",
    attempt: { own: "read the review of a meeting of its partnership", foreign: "read the review of a meeting of another partnership" },
    prepare: async (context) => ({ url: `/api/v1/meetings/${await throwawayMeeting(context)}/review` }),
    expected: readRights,
  },
  {
    method: "PUT",
    path: "/api/v1/meetings/:id/review/:commitmentId",
    attempt: {
      own: "record a report-out at a meeting of its partnership",
      foreign: "record a report-out at a meeting of another partnership",
    },
    prepare: async (context) => {
      const meetingId = await throwawayMeeting(context);
      const commitment = await buildCommitment(context.db, worldPartnership(context), memberOf(context), { pledgedOn: "2026-02-01" });
      return { url: `/api/v1/meetings/${meetingId}/review/${commitment.id}`, payload: { report: "on_track", note: "On schedule" } };
    },
    expected: manageRights(200),
  },
];
