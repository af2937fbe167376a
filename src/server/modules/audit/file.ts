// The audit trail as a CSV file for people: headers and words in the reader's language, one line per
// changed field (one line for an event that names none), values as JSON when they are lists.
import { AUDIT_ENTITIES, type AuditChange, type AuditEvent } from "../../../contracts/audit.js";
import type { Language } from "../../../domain/vocabulary.js";
import { writeCsv } from "../../files/csv.js";
import { render, text } from "../../messages/render.js";

const COLUMNS = ["at", "user", "action", "entity", "entityId", "partnership", "organization", "field", "before", "after"] as const;

function valueText(language: Language, change: AuditChange, value: unknown): string {
  if (change.masked) return render(language, text("audit.withheld"));
  if (!change.recorded) return render(language, text("audit.notRecorded"));
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function entityText(language: Language, entity: string): string {
  const known = AUDIT_ENTITIES.find((candidate) => candidate === entity);
  return known ? render(language, text(`audit.entity.${known}`)) : entity;
}

export function auditCsv(language: Language, events: AuditEvent[]): Buffer {
  const header = COLUMNS.map((column) => render(language, text(`audit.column.${column}`)));
  const rows: string[][] = [];
  for (const event of events) {
    const who =
      event.user?.name ?? render(language, text(event.action === "sign_in_failed" ? "audit.unknownAccount" : "audit.commandLine"));
    const common = [
      event.at,
      who,
      render(language, text(`audit.action.${event.action}`)),
      entityText(language, event.entity),
      event.entityId,
      event.partnership?.name ?? event.partnership?.id ?? "",
      event.organization?.name ?? event.organization?.id ?? "",
    ];
    const context = Object.entries(event.context);
    if (event.changes.length === 0 && context.length === 0) rows.push([...common, "", "", ""]);
    for (const change of event.changes) {
      rows.push([...common, change.field, valueText(language, change, change.before), valueText(language, change, change.after)]);
    }
    // A security event's context (the client's address, the route refused…) as values without a "before".
    for (const [field, value] of context) rows.push([...common, field, "", value === null ? "" : String(value)]);
  }
  return writeCsv(header, rows);
}
