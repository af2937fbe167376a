import type { Kysely } from "kysely";
import type { AuditEventListQuery, AuditFilter } from "../../../contracts/audit.js";
import { AUDIT_CSV_MAX_ROWS } from "../../../contracts/audit.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import type { DB } from "../../db/schema.js";
import { text } from "../../messages/render.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import * as scope from "../access/scope.js";
import { presentAuditEvent } from "./presenter.js";
import * as repo from "./repository.js";
import { recordExport } from "./security.js";

/** The day after a YYYY-MM-DD date, as the start of that day in UTC. */
export function startOfDayAfter(date: string): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
}

async function scopesFor(db: Kysely<DB>, actor: Actor, filter: AuditFilter): Promise<repo.AuditScopes> {
  if (!scope.may(actor, "readAudit")) throw AppError.forbidden(text("audit.forbidden"));
  const scopes = { ...scope.auditScopes(db, actor), contactsVisible: scope.scopeOf(db, actor, "organization", "readContacts") };
  // A partnership's history outside the caller's trail reads as not found, like the partnership itself.
  // Administrators read every trail, that of a partnership since deleted included.
  if (filter.partnershipId !== undefined && scopes.partnerships !== null) {
    const row = scope.auditPartnershipRow(db, actor, filter.partnershipId);
    if (!(await repo.isPartnershipInScope(db, filter.partnershipId, row))) throw AppError.notFound("partnership");
  }
  return scopes;
}

function queryOf(filter: AuditFilter): repo.AuditQuery {
  return {
    entity: filter.entity,
    action: filter.action,
    entityId: filter.entityId,
    userId: filter.userId,
    partnershipId: filter.partnershipId,
    since: filter.from === undefined ? undefined : `${filter.from}T00:00:00.000Z`,
    until: filter.to === undefined ? undefined : startOfDayAfter(filter.to),
  };
}

/** A page of the caller's audit trail, newest first. */
export async function listAuditEvents(db: Kysely<DB>, actor: Actor, query: AuditEventListQuery) {
  const scopes = await scopesFor(db, actor, query);
  const { rows, total } = await repo.listAuditEvents(db, scopes, queryOf(query), query.pageSize, offsetOf(query));
  return pageFrom(rows.map(presentAuditEvent), total, query);
}

/** The same trail for a file, read on `readDb`: the newest events up to the export's bound, and whether older ones were left out. The download is itself recorded, on `db`. */
export async function auditEventsForExport(db: Kysely<DB>, readDb: Kysely<DB>, actor: Actor, filter: AuditFilter) {
  const scopes = await scopesFor(readDb, actor, filter);
  const { rows, total } = await repo.listAuditEvents(readDb, scopes, queryOf(filter), AUDIT_CSV_MAX_ROWS, 0);
  const filters = Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  await recordExport(db, actor, "audit", { ...filters, format: "csv", rows: rows.length });
  return { events: rows.map(presentAuditEvent), total };
}
