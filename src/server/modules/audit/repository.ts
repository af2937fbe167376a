import type { Kysely } from "kysely";
import type { Changes } from "../../../domain/audit/changes.js";
import type { DB } from "../../db/schema.js";
import { newId, now } from "../../ids.js";

export type AuditEvent = {
  userId: string | null;
  action: "create" | "update" | "delete";
  entity: string;
  entityId: string;
  /** The partnership the row belongs to, so that those who manage it see the event. */
  partnershipId?: string | null;
  /** The organization the row belongs to, so that its contacts' privacy applies to the event. */
  organizationId?: string | null;
  /** field → [before, after] */
  changes?: Changes;
  details?: Record<string, unknown>;
};

/** The details column: the changes beside whatever else the event says. */
export function detailsOf(event: Pick<AuditEvent, "changes" | "details">): string | null {
  if (!event.details && !event.changes) return null;
  return JSON.stringify({ ...event.details, ...(event.changes ? { changes: event.changes } : {}) });
}

/** Every change leaves a trace: who changed what, when, and each field's value before and after. */
export async function recordAudit(db: Kysely<DB>, event: AuditEvent): Promise<void> {
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
