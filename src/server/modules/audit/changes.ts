// A row's columns as the fields an audit event names: the API's camelCase names, JSON text decoded,
// and the bookkeeping columns (ids, keys, timestamps) left out.
import { changesBetween, createdFields, deletedFields, type Changes, type FieldValue } from "../../../domain/audit/changes.js";

const JSON_COLUMNS = new Set(["priority_groups", "focus_issues", "axis_stages", "reasons"]);
// Derived columns (a key, an ordinal, a classification's reasons) follow from fields that are recorded.
const BOOKKEEPING = new Set([
  "id",
  "name_key",
  "created_at",
  "updated_at",
  "created_by",
  "updated_by",
  "classified_at",
  "password_hash",
  "type_ordinal",
  "reasons",
]);

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function decoded(column: string, value: unknown): FieldValue {
  if (value === undefined || value === null) return null;
  if (JSON_COLUMNS.has(column) && typeof value === "string") {
    try {
      return JSON.parse(value) as FieldValue;
    } catch {
      return value;
    }
  }
  return value as FieldValue;
}

function fieldsOf(row: Readonly<Record<string, unknown>>): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const [column, value] of Object.entries(row)) {
    if (BOOKKEEPING.has(column) || value === undefined) continue;
    fields[camelCase(column)] = decoded(column, value);
  }
  return fields;
}

/** The columns a patch sets to a new value, as [before, after]; columns it leaves alone are not changes. */
export function patchChanges(current: Readonly<Record<string, unknown>>, patch: Readonly<Record<string, unknown>>): Changes {
  const before: Record<string, FieldValue> = {};
  for (const column of Object.keys(patch)) before[camelCase(column)] = decoded(column, current[column]);
  return changesBetween(before, fieldsOf(patch));
}

/** A new row's values, each from null. */
export function insertChanges(row: Readonly<Record<string, unknown>>): Changes {
  return createdFields(fieldsOf(row));
}

/** A deleted row's values, each to null. */
export function deleteChanges(row: Readonly<Record<string, unknown>>): Changes {
  return deletedFields(fieldsOf(row));
}
