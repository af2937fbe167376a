import { auditContextSchema, type AuditAction, type AuditContext, type AuditEvent, type UpdatedBy } from "../../../contracts/audit.js";
import { changesOfDetails, maskChanges } from "../../../domain/audit/changes.js";
import type { AuditEventRow } from "./repository.js";

/** Who last saved a row, from its updated_by column and that user's name read in the same query. */
export function updatedByOf(row: { updated_by: string | null; updated_by_name: string | null }): UpdatedBy {
  return row.updated_by !== null && row.updated_by_name !== null ? { id: row.updated_by, name: row.updated_by_name } : null;
}

function parsed(details: string | null): unknown {
  if (details === null) return null;
  try {
    return JSON.parse(details);
  } catch {
    return null;
  }
}

/** What a security event recorded besides who and when; only events written with a context have one. */
function contextOf(details: unknown): AuditContext {
  if (typeof details !== "object" || details === null || !("context" in details)) return {};
  const parsedContext = auditContextSchema.safeParse(details.context);
  return parsedContext.success ? parsedContext.data : {};
}

/** An event as the API shows it: who, when, what, and each field before and after, personal data masked where it may not be read. */
export function presentAuditEvent(row: AuditEventRow): AuditEvent {
  const readPersonalData = row.personal_visible === 1;
  const details = parsed(row.details);
  return {
    id: row.id,
    at: row.at,
    user: row.user_id === null ? null : { id: row.user_id, name: row.user_name ?? "" },
    action: row.action as AuditAction,
    entity: row.entity,
    entityId: row.entity_id,
    partnership: row.partnership_id === null ? null : { id: row.partnership_id, name: row.partnership_name },
    organization: row.organization_id === null ? null : { id: row.organization_id, name: row.organization_name },
    changes: maskChanges(row.entity, changesOfDetails(details), !readPersonalData),
    context: contextOf(details),
    abilities: { readPersonalData },
  };
}
