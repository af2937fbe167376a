import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { newId, now } from "../../ids.js";

export type AuditEvent = {
  userId: string | null;
  action: "create" | "update" | "delete";
  entity: string;
  entityId: string;
  details?: Record<string, unknown>;
};

/** Every change leaves a trace: who changed what, when, and the fields that changed. */
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
      details: event.details ? JSON.stringify(event.details) : null,
    })
    .execute();
}
