// Security events in the audit trail: sign-ins and failed ones, sign-outs, refused writes and exports
// of personal data (API tokens made and revoked are recorded where that happens). They never hold a
// password or a token; the email given at a failed sign-in is kept, cut short. They belong to no
// partnership or organization, so that only readers of every account's events (administrators, in
// the abilities table) see them. Events an outsider could cause at will are bounded per account or
// client address, through the same database counter as the sign-in limits, so nobody floods the table.
import type { Kysely } from "kysely";
import type { AuditContext } from "../../../contracts/audit.js";
import type { DB } from "../../db/schema.js";
import { userIdOf, type Caller } from "../../actor.js";
import { countHit } from "../auth/rate-limit-repository.js";
import { recordAudit, type AuditEvent } from "./repository.js";

/** Where a request came from: the client's address (through CONVENE_TRUST_PROXY behind a proxy). */
export type Client = { ip?: string | undefined };

/** How much of an email given at a failed sign-in is kept. */
export const FAILED_EMAIL_KEPT = 64;
/** At most this many refused writes are recorded per account in each window, and failed sign-ins per client address. */
export const BOUNDED_EVENTS_PER_WINDOW = 20;
export const BOUNDED_EVENTS_WINDOW_MS = 10 * 60_000;

/** Text of the client's choosing cut to a readable length, so an event stays small whatever was sent. */
function clip(value: string, length: number): string {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

function withClient(context: AuditContext, client: Client): AuditContext {
  return client.ip === undefined ? context : { ...context, ip: clip(client.ip, 64) };
}

/** Records the event unless `key` has already had its share of the window. */
async function recordBounded(db: Kysely<DB>, key: string, event: AuditEvent): Promise<void> {
  const { current } = await countHit(db, `audit:${key}`, BOUNDED_EVENTS_WINDOW_MS);
  if (current <= BOUNDED_EVENTS_PER_WINDOW) await recordAudit(db, event);
}

export type SignInMethod = "password" | "invitation";

export async function recordSignedIn(db: Kysely<DB>, userId: string, via: SignInMethod, client: Client): Promise<void> {
  await recordAudit(db, { userId, action: "sign_in", entity: "user", entityId: userId, context: withClient({ via }, client) });
}

export type FailedSignIn = { email: string; userId: string | null; reason: "wrong_password" | "disabled" | "unknown_email" };

/**
 * A refused sign-in. For an existing account it is recorded against that account (the per-address
 * sign-in limit bounds how many); for an unknown email, with the email given, bounded per client address.
 */
export async function recordFailedSignIn(db: Kysely<DB>, attempt: FailedSignIn, client: Client): Promise<void> {
  const event: AuditEvent = {
    userId: attempt.userId,
    action: "sign_in_failed",
    entity: "user",
    entityId: attempt.userId ?? "",
    context: withClient({ email: clip(attempt.email, FAILED_EMAIL_KEPT), reason: attempt.reason }, client),
  };
  if (attempt.userId !== null) await recordAudit(db, event);
  else await recordBounded(db, `sign-in-failed:${client.ip ?? "unknown"}`, event);
}

export async function recordSignedOut(db: Kysely<DB>, userId: string, client: Client): Promise<void> {
  await recordAudit(db, { userId, action: "sign_out", entity: "user", entityId: userId, context: withClient({}, client) });
}

export type RefusedWrite = { method: string; route: string; params: Record<string, string>; code: string };

/** A write answered 403: who, which route and which record, bounded per account. */
export async function recordRefusedWrite(db: Kysely<DB>, userId: string, refused: RefusedWrite, client: Client): Promise<void> {
  const params = Object.fromEntries(Object.entries(refused.params).map(([name, value]) => [name, clip(value, 64)]));
  await recordBounded(db, `refused:${userId}`, {
    userId,
    action: "refused",
    entity: "request",
    entityId: params.id ?? Object.values(params)[0] ?? "",
    context: withClient({ ...params, method: refused.method, route: clip(refused.route, 200), code: refused.code }, client),
  });
}

/** A download of personal data: the registry (with its contacts), the audit trail, or a survey round's individual responses. */
export async function recordExport(
  db: Kysely<DB>,
  caller: Caller,
  what: "registry" | "audit" | "survey_responses",
  context: AuditContext,
): Promise<void> {
  await recordAudit(db, { userId: userIdOf(caller), action: "export", entity: "export", entityId: what, context });
}
