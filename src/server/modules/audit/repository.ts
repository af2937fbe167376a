import type { Kysely } from "kysely";
import { SECURITY_ACTIONS, type AuditAction, type AuditContext } from "../../../contracts/audit.js";
import type { Changes } from "../../../domain/audit/changes.js";
import { patchChanges } from "./changes.js";
import type { DB } from "../../db/schema.js";
import { newId, now } from "../../ids.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

export type AuditEvent = {
  userId: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  /** The partnership the row belongs to, so that those who manage it see the event. */
  partnershipId?: string | null;
  /** The organization the row belongs to, so that its contacts' privacy applies to the event. */
  organizationId?: string | null;
  /** field → [before, after] */
  changes?: Changes;
  details?: Record<string, unknown>;
  /** What a security event says besides who and when, shown to its readers as it is: never a secret. */
  context?: AuditContext;
};

/** The details column: the changes beside whatever else the event says. */
export function detailsOf(event: Pick<AuditEvent, "changes" | "details" | "context">): string | null {
  if (!event.details && !event.changes && !event.context) return null;
  return JSON.stringify({
    ...event.details,
    ...(event.changes ? { changes: event.changes } : {}),
    ...(event.context ? { context: event.context } : {}),
  });
}

/** Every change leaves a trace: who changed what, when, and each field's value before and after. An update that changed no field is no change. */
export async function recordAudit(db: Kysely<DB>, event: AuditEvent): Promise<void> {
  if (event.action === "update" && event.changes && Object.keys(event.changes).length === 0) return;
  await db
    .insertInto("audit_events")
    .values({
      id: newId(),
      at: now(),
      user_id: event.userId,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId,
      partnership_id: event.partnershipId ?? null,
      organization_id: event.organizationId ?? null,
      details: detailsOf(event),
    })
    .execute();
}

export type AuditScopes = {
  /** Partnerships whose trail the caller reads (null: every event). */
  partnerships: Scope;
  /** Organizations whose registry trail the caller reads. */
  organizations: Scope;
  /** Organizations whose contacts' personal data the caller may see. */
  contactsVisible: Scope;
  /** Whether the caller reads security events (sign-ins, refused writes, exports…) at all. */
  securityEvents: boolean;
};

export type AuditQuery = {
  entity?: string | undefined;
  action?: string | undefined;
  entityId?: string | undefined;
  userId?: string | undefined;
  partnershipId?: string | undefined;
  /** ISO timestamps: at >= since and at < until. */
  since?: string | undefined;
  until?: string | undefined;
};

/**
 * The events the caller may read, filtered: those of its partnerships, and those of the registry's
 * organizations it may see (events on an organization or a contact, tied to no partnership).
 * Administrators read every event, including those tied to neither (programs, rubrics, users, imports).
 */
function selectEvents(db: Kysely<DB>, scopes: AuditScopes, query: AuditQuery) {
  const { partnerships, organizations } = scopes;
  return db
    .selectFrom("audit_events as e")
    .$if(partnerships !== null, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb("e.partnership_id", "in", partnerships ?? []),
          eb.and([
            eb("e.partnership_id", "is", null),
            organizations ? eb("e.organization_id", "in", organizations) : eb("e.organization_id", "is not", null),
          ]),
        ]),
      ),
    )
    .$if(!scopes.securityEvents, (qb) => qb.where("e.action", "not in", SECURITY_ACTIONS))
    .$if(query.entity !== undefined, (qb) => qb.where("e.entity", "=", query.entity ?? ""))
    .$if(query.action !== undefined, (qb) => qb.where("e.action", "=", query.action ?? ""))
    .$if(query.entityId !== undefined, (qb) => qb.where("e.entity_id", "=", query.entityId ?? ""))
    .$if(query.userId !== undefined, (qb) => qb.where("e.user_id", "=", query.userId ?? ""))
    .$if(query.partnershipId !== undefined, (qb) => qb.where("e.partnership_id", "=", query.partnershipId ?? ""))
    .$if(query.since !== undefined, (qb) => qb.where("e.at", ">=", query.since ?? ""))
    .$if(query.until !== undefined, (qb) => qb.where("e.at", "<", query.until ?? ""));
}

/** One page of events, newest first, with who made each and whether its personal data may be shown. */
export async function listAuditEvents(db: Kysely<DB>, scopes: AuditScopes, query: AuditQuery, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    selectEvents(db, scopes, query)
      .leftJoin("users as u", "u.id", "e.user_id")
      .leftJoin("partnerships as p", "p.id", "e.partnership_id")
      .leftJoin("organizations as o", "o.id", "e.organization_id")
      .select([
        "e.id",
        "e.at",
        "e.user_id",
        "e.action",
        "e.entity",
        "e.entity_id",
        "e.partnership_id",
        "e.organization_id",
        "e.details",
        "u.name as user_name",
        "p.name as partnership_name",
        "o.name as organization_name",
        scopeFlag("e.organization_id", scopes.contactsVisible).as("personal_visible"),
      ])
      .orderBy("e.at", "desc")
      .orderBy("e.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    selectEvents(db, scopes, query)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["rows"][number];

/** Whether the partnership exists within the scope, for a filter on it to read as 404 otherwise. */
export async function isPartnershipInScope(db: Kysely<DB>, partnershipId: string, scope: RowScope): Promise<boolean> {
  const row = await db
    .selectFrom("partnerships")
    .select("partnerships.id")
    .where("partnerships.id", "=", partnershipId)
    .$if(scope !== null, (qb) => qb.where("partnerships.id", "in", scope ?? []))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Writes an update and its audit event only when the patch changes a recorded field. A patch that sets
 * no field, or sets each to the value stored, writes nothing: updated_at stays as it was and the trail
 * holds no empty event. Says whether it wrote.
 * @example await recordUpdate(trx, { current, patch, ...event }, () => repo.updateProgram(trx, id, patch))
 */
export async function recordUpdate(
  db: Kysely<DB>,
  update: Omit<AuditEvent, "action" | "changes"> & { current: Readonly<Record<string, unknown>>; patch: Readonly<Record<string, unknown>> },
  write: () => Promise<unknown>,
): Promise<boolean> {
  const { current, patch, ...event } = update;
  const changes = patchChanges(current, patch);
  if (Object.keys(changes).length === 0) return false;
  await write();
  await recordAudit(db, { ...event, action: "update", changes });
  return true;
}
