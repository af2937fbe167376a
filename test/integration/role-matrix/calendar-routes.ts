// Calendar feeds: anyone signed in makes and revokes their own; a partnership's feed needs the
// partnership to be readable; the feed itself answers its address alone, signed in or not.
import { hashToken, randomToken } from "../../../src/server/crypto.js";
import { newId, now } from "../../../src/server/ids.js";
import { buildUser } from "../../support/factories.js";
import { rowRights } from "./from-table.js";
import { signedIn, userIdOf, type Context, type RouteCase, type Who } from "./matrix.js";
import { worldPartnership } from "./throwaway.js";

const READ = ["partnership", "read"] as const;

async function feedOf(context: Context, userId: string, revoked: boolean): Promise<{ id: string; token: string }> {
  const id = newId();
  const token = randomToken();
  const at = now();
  await context.db
    .insertInto("calendar_feeds")
    .values({ id, user_id: userId, partnership_id: null, token_hash: hashToken(token), created_at: at, revoked_at: revoked ? at : null })
    .execute();
  return { id, token };
}

const everyone = (statuses: readonly [number, number]): Record<Who, readonly [number, number]> => ({
  admin: statuses,
  programOfficer: statuses,
  evaluator: statuses,
  coordinator: statuses,
  partner: statuses,
  anonymous: statuses,
});

export const calendarRoutes: RouteCase[] = [
  {
    method: "POST",
    path: "/api/v1/partnerships/:id/calendar-feeds",
    attempt: { own: "subscribe to its partnership's meetings", foreign: "subscribe to another partnership's meetings" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/calendar-feeds` }),
    expected: rowRights(READ, READ, 201),
  },
  {
    method: "POST",
    path: "/api/v1/calendar-feeds",
    attempt: "subscribe to the meetings of every partnership it reads",
    prepare: async () => ({ url: "/api/v1/calendar-feeds" }),
    expected: signedIn(201),
  },
  {
    method: "GET",
    path: "/api/v1/calendar-feeds",
    attempt: "list its calendar feeds",
    prepare: async () => ({ url: "/api/v1/calendar-feeds" }),
    expected: signedIn(200),
  },
  {
    method: "DELETE",
    path: "/api/v1/calendar-feeds/:id",
    attempt: { own: "revoke its own calendar feed", foreign: "revoke another user's calendar feed" },
    prepare: async (context) => {
      const owner = context.side === "own" ? userIdOf(context) : (await buildUser(context.db, { role: "partner" })).id;
      return { url: `/api/v1/calendar-feeds/${(await feedOf(context, owner, false)).id}` };
    },
    expected: signedIn([204, 404]),
  },
  {
    method: "GET",
    path: "/api/v1/calendars/:token.ics",
    attempt: { own: "read a calendar feed by its address", foreign: "read a revoked calendar feed by its address" },
    prepare: async (context) => ({
      url: `/api/v1/calendars/${(await feedOf(context, context.world.users.coordinator.id, context.side === "foreign")).token}.ics`,
    }),
    expected: everyone([200, 404]),
  },
];
