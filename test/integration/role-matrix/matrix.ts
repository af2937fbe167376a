import { SECURITY_ACTIONS } from "../../../src/contracts/audit.js";
import type { Kysely } from "kysely";
import type { DB } from "../../../src/server/db/schema.js";
import type { World } from "../../support/factories.js";

export const ROLES = ["admin", "programOfficer", "evaluator", "coordinator", "partner"] as const;
export type Role = (typeof ROLES)[number];
export type Who = Role | "anonymous";
export const CALLERS: readonly Who[] = [...ROLES, "anonymous"];

/** "own": a row inside the caller's scope (its program, partnership or organization); "foreign": one outside it. */
export type Side = "own" | "foreign";

export type Context = { db: Kysely<DB>; world: World; who: Who; side: Side };
/** A JSON body, or a multipart form for the routes that take file uploads. */
export type Request = { url: string; payload?: Record<string, unknown> | FormData };

/** Expected statuses: one number for both sides, or [own, foreign]. */
export type Expected = number | readonly [number, number];

export type RouteCase = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route as registered, e.g. /api/v1/partnerships/:id/members. */
  path: string;
  /**
   * What the caller attempts, to finish "… can" / "… cannot". Routes about a particular row say it
   * for an own and a foreign row and run once for each; the others run once.
   */
  attempt: string | Record<Side, string>;
  prepare: (context: Context) => Promise<Request>;
  expected: Record<Who, Expected>;
};

export function sidesOf(route: RouteCase): Side[] {
  return typeof route.attempt === "string" ? ["own"] : ["own", "foreign"];
}

export function attemptOf(route: RouteCase, side: Side): string {
  return typeof route.attempt === "string" ? route.attempt : route.attempt[side];
}

export function statusFor(route: RouteCase, who: Who, side: Side): number {
  const expected = route.expected[who];
  return typeof expected === "number" ? expected : side === "own" ? expected[0] : expected[1];
}

export const LABELS: Record<Who, string> = {
  admin: "an administrator",
  programOfficer: "a program officer",
  evaluator: "an evaluator",
  coordinator: "a coordinator",
  partner: "a partner",
  anonymous: "an anonymous caller",
};

/** Same status for every signed-in role; anonymous callers are turned away. */
export function signedIn(status: Expected): Record<Who, Expected> {
  return { admin: status, programOfficer: status, evaluator: status, coordinator: status, partner: status, anonymous: 401 };
}

/** Administrators only: everyone else signed in gets 403. */
export function adminOnly(status: number): Record<Who, Expected> {
  return { ...signedIn(403), admin: status };
}

/** The caller's own user id; anonymous callers borrow the administrator's (they are refused before it matters). */
export function userIdOf(context: Context): string {
  return context.world.users[context.who === "anonymous" ? "admin" : context.who].id;
}

let serial = 0;
/** A name no other case uses, so that creations never collide. */
export function uniqueName(label: string): string {
  serial += 1;
  return `${label} ${serial}`;
}

/** Every row a write could touch, so that a refused write can be shown to have changed nothing. */
export async function fingerprint(db: Kysely<DB>): Promise<string> {
  const snapshot = await Promise.all([
    db.selectFrom("programs").selectAll().orderBy("id").execute(),
    db.selectFrom("user_programs").selectAll().orderBy("user_id").orderBy("program_id").execute(),
    db.selectFrom("organizations").selectAll().orderBy("id").execute(),
    db.selectFrom("contacts").selectAll().orderBy("id").execute(),
    db.selectFrom("partnerships").selectAll().orderBy("id").execute(),
    db.selectFrom("partnership_coordinators").selectAll().orderBy("partnership_id").orderBy("user_id").execute(),
    db.selectFrom("memberships").selectAll().orderBy("id").execute(),
    db.selectFrom("involvement_records").selectAll().orderBy("id").execute(),
    db.selectFrom("rubrics").selectAll().orderBy("id").orderBy("version").execute(),
    db.selectFrom("instruments").selectAll().orderBy("id").orderBy("version").execute(),
    db.selectFrom("program_default_rubrics").selectAll().orderBy("program_id").execute(),
    db.selectFrom("program_compositions").selectAll().orderBy("program_id").execute(),
    db.selectFrom("users").selectAll().orderBy("id").execute(),
    // last_used_at moves on every authenticated request, so only the revocation is compared.
    db.selectFrom("api_tokens").select(["id", "revoked_at"]).orderBy("id").execute(),
    db.selectFrom("mail_messages").selectAll().orderBy("id").execute(),
    db.selectFrom("one_time_links").selectAll().orderBy("id").execute(),
    db.selectFrom("commitments").selectAll().orderBy("id").execute(),
    db.selectFrom("commitment_events").selectAll().orderBy("id").execute(),
    db.selectFrom("meetings").selectAll().orderBy("id").execute(),
    db.selectFrom("meeting_attendance").selectAll().orderBy("meeting_id").orderBy("organization_id").execute(),
    db.selectFrom("meeting_reviews").selectAll().orderBy("meeting_id").orderBy("commitment_id").execute(),
    db.selectFrom("communications").selectAll().orderBy("id").execute(),
    db.selectFrom("communication_parties").selectAll().orderBy("communication_id").orderBy("organization_id").execute(),
    db.selectFrom("calendar_feeds").select(["id", "revoked_at"]).orderBy("id").execute(),
    db.selectFrom("survey_responses").selectAll().orderBy("id").execute(),
    // A refused write leaves a security event (who was refused what), never a change.
    db
      .selectFrom("audit_events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("action", "not in", SECURITY_ACTIONS)
      .executeTakeFirstOrThrow(),
  ]);
  return JSON.stringify(snapshot);
}
