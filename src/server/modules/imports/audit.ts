// An import leaves the same trace as the requests it stands for: one audit event per row it adds or
// changes, each pointing at the import, and one event for the import itself.
import type { Insertable } from "kysely";
import type { AuditEventsTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import type { References } from "./references.js";

export type AuditRow = Insertable<AuditEventsTable>;

export class ImportAudit {
  readonly events: AuditRow[] = [];
  readonly importId = newId();

  constructor(
    private readonly userId: string | null,
    private readonly at: string,
  ) {}

  add(action: "create" | "update", entity: string, entityId: string, details: Record<string, unknown> = {}): void {
    this.events.push({
      id: newId(),
      at: this.at,
      user_id: this.userId,
      action,
      entity,
      entity_id: entityId,
      details: JSON.stringify({ ...details, importId: this.importId }),
    });
  }

  /** Every program, organization, partnership and membership the import adds. */
  addReferences(references: References): void {
    for (const row of references.added.programs) this.add("create", "program", row.id, { code: row.code });
    for (const row of references.added.organizations) this.add("create", "organization", row.id);
    for (const row of references.added.partnerships) this.add("create", "partnership", row.id, { programId: row.program_id });
    for (const row of references.added.memberships) {
      this.add("create", "membership", row.id, { partnershipId: row.partnership_id, organizationId: row.organization_id });
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
