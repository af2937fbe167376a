// What an audit event says changed: for each field, its value before and after. A created record has
// no "before" (null), a deleted one no "after".

export type FieldValue = string | number | boolean | null | readonly FieldValue[] | { readonly [key: string]: FieldValue };

/** field → [before, after] */
export type Changes = Record<string, readonly [FieldValue, FieldValue]>;

function same(a: FieldValue, b: FieldValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields of `after` whose value differs from `before`; fields `after` does not mention did not change.
 * @example changesBetween({ name: "A", region: null }, { name: "B", region: null }) // { name: ["A", "B"] }
 */
export function changesBetween(before: Readonly<Record<string, FieldValue>>, after: Readonly<Record<string, FieldValue>>): Changes {
  const changes: Record<string, readonly [FieldValue, FieldValue]> = {};
  for (const [field, value] of Object.entries(after)) {
    const previous = before[field] ?? null;
    if (!same(previous, value)) changes[field] = [previous, value];
  }
  return changes;
}

/** A new record's fields that hold a value, each from null. */
export function createdFields(after: Readonly<Record<string, FieldValue>>): Changes {
  return changesBetween({}, after);
}

/** A deleted record's fields that held a value, each to null. */
export function deletedFields(before: Readonly<Record<string, FieldValue>>): Changes {
  const changes: Record<string, readonly [FieldValue, FieldValue]> = {};
  for (const [field, value] of Object.entries(before)) if (value !== null) changes[field] = [value, null];
  return changes;
}

export type ChangeEntry = { field: string; before: FieldValue; after: FieldValue; recorded: boolean };

/**
 * The changes an event's details hold: { changes: { field: [before, after] } } since values are
 * recorded, and { fields: [names] } for fields whose values were not kept (all of them before that).
 */
export function changesOfDetails(details: unknown): ChangeEntry[] {
  if (typeof details !== "object" || details === null) return [];
  const { changes, fields } = details as { changes?: unknown; fields?: unknown };
  const entries: ChangeEntry[] = [];
  if (typeof changes === "object" && changes !== null) {
    for (const [field, pair] of Object.entries(changes as Record<string, unknown>)) {
      const [before = null, after = null] = Array.isArray(pair) ? (pair as FieldValue[]) : [];
      entries.push({ field, before, after, recorded: true });
    }
  }
  if (Array.isArray(fields)) {
    for (const field of fields) {
      if (typeof field === "string" && !entries.some((entry) => entry.field === field)) {
        entries.push({ field, before: null, after: null, recorded: false });
      }
    }
  }
  return entries;
}

/** The fields whose values are masked as "withheld" for a reader who may not see them, per entity. */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  contact: ["name", "title", "email", "phone"],
};

export function maskChanges(entity: string, changes: ChangeEntry[], withheld: boolean): (ChangeEntry & { masked: boolean })[] {
  const personal = PERSONAL_FIELDS[entity] ?? [];
  return changes.map((change) =>
    withheld && personal.includes(change.field) ? { ...change, before: null, after: null, masked: true } : { ...change, masked: false },
  );
}
