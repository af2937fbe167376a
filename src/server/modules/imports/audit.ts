// An import leaves the same trace as the requests it stands for: one audit event per row it adds or
// changes, each pointing at the import, and one event for the import itself.
import type { Insertable } from "kysely";
import type { Changes } from "../../../domain/audit/changes.js";
import type { AuditEventsTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import { insertChanges } from "../audit/changes.js";
import { detailsOf } from "../audit/repository.js";
import type { References } from "./references.js";

export type AuditRow = Insertable<AuditEventsTable>;

/** The partnership and organization a row belongs to, which decide who reads its events. */
export type AuditLinks = { partnershipId?: string | null; organizationId?: string | null };

export type AuditEntry = { links?: AuditLinks; changes?: Changes; details?: Record<string, unknown> };

export class ImportAudit {
  readonly events: AuditRow[] = [];
  readonly importId = newId();

  constructor(
    private readonly userId: string | null,
    private readonly at: string,
  ) {}

  add(action: "create" | "update", entity: string, entityId: string, entry: AuditEntry = {}): void {
    this.events.push({
      id: newId(),
      at: this.at,
      user_id: this.userId,
      action,
      entity,
      entity_id: entityId,
      partnership_id: entry.links?.partnershipId ?? null,
      organization_id: entry.links?.organizationId ?? null,
      details: detailsOf({ changes: entry.changes, details: { ...entry.details, importId: this.importId } }),
    });
  }

  /** Every program, organization, partnership and membership the import adds. */
  addReferences(references: References): void {
    for (const row of references.added.programs) this.add("create", "program", row.id, { changes: insertChanges(row) });
    for (const row of references.added.organizations) {
      this.add("create", "organization", row.id, { links: { organizationId: row.id }, changes: insertChanges(row) });
    }
    for (const row of references.added.partnerships) {
      this.add("create", "partnership", row.id, { links: { partnershipId: row.id }, changes: insertChanges(row) });
    }
    for (const row of references.added.memberships) {
      this.add("create", "membership", row.id, {
        links: { partnershipId: row.partnership_id, organizationId: row.organization_id },
        changes: insertChanges({ ...row, partnership_id: undefined }),
      });
    }
  }

  /** The import itself: what it was and what it did. */
  addImport(kind: string, details: Record<string, unknown>): void {
    this.events.push({
      id: this.importId,
      at: this.at,
      user_id: this.userId,
      action: "create",
      entity: "import",
      entity_id: this.importId,
      details: JSON.stringify({ kind, ...details }),
    });
  }
}
