// The study's Tables 3 and 4: how many partnerships of each type, per group (a funding program, a
// region, a sector, a partnership), with each type's share of the group, and a total row.
import { percent } from "./percent.js";

/** The continuum of the built-in project rubric, lowest first: the columns of the report. */
export const CONTINUUM_TYPES = ["none", "consultation", "cooperation", "coordination", "collaboration"] as const;
export type ContinuumType = (typeof CONTINUUM_TYPES)[number];

export type TypeCounts = Record<ContinuumType, number>;
export type TypePercents = Record<ContinuumType, number>;

/** `label` is the group's readable name (a program's name beside its code); it is the key where the key is the name. */
export type TypologyGroup = { key: string; label: string; total: number; counts: TypeCounts; percent: TypePercents };

/**
 * One aggregated row as a query gives it: how many records of one type fall in one group. `key` is
 * what the report shows (null when the group's value is not set); `group` tells apart groups that
 * show the same key, such as two partnerships of the same name, and defaults to the key.
 */
export type TypeCountRow = { key: string | null; type: string; count: number; group?: string; label?: string | null };

export const TOTAL_KEY = "total";
/** The key of the group of rows whose value is not set, such as partnerships with no region. */
export const NOT_SET_KEY = "(not set)";

const CONTINUUM = new Set<string>(CONTINUUM_TYPES);

/** Whether a stored type is on the continuum, e.g. isContinuumType("cooperation") === true, isContinuumType("consultative") === false. */
export function isContinuumType(type: string): type is ContinuumType {
  return CONTINUUM.has(type);
}

function zeroCounts(): TypeCounts {
  return { none: 0, consultation: 0, cooperation: 0, coordination: 0, collaboration: 0 };
}

/** A group from its counts: the total and each type's share of it, e.g. typologyGroup("BAP", { ...zero, cooperation: 1, coordination: 3, collaboration: 2 }).percent.coordination === 50. */
export function typologyGroup(key: string, counts: TypeCounts, label: string = key): TypologyGroup {
  const total = CONTINUUM_TYPES.reduce((sum, type) => sum + counts[type], 0);
  const shares = zeroCounts();
  for (const type of CONTINUUM_TYPES) shares[type] = percent(counts[type], total);
  return { key, label, total, counts: { ...counts }, percent: shares };
}

// Plain code-unit order: the same on every machine and locale, and program codes, region names and
// sector keys read naturally in it.
function byKey(a: TypologyGroup, b: TypologyGroup): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Groups aggregated counts by key, sorted by key, with a total row over every group. Types off the
 * continuum (another rubric's levels) are left out of groups and totals alike, e.g.
 * typologyTable([{ key: "CMP", type: "collaboration", count: 26 }]).total.total === 26.
 */
export function typologyTable(rows: readonly TypeCountRow[]): { groups: TypologyGroup[]; total: TypologyGroup } {
  const byGroup = new Map<string, { key: string; label: string; counts: TypeCounts }>();
  const overall = zeroCounts();
  for (const row of rows) {
    if (!isContinuumType(row.type) || row.count === 0) continue;
    const key = row.key ?? NOT_SET_KEY;
    const group = row.group ?? key;
    const entry = byGroup.get(group) ?? { key, label: row.label ?? key, counts: zeroCounts() };
    entry.counts[row.type] += row.count;
    overall[row.type] += row.count;
    byGroup.set(group, entry);
  }
  const groups = [...byGroup.values()].map(({ key, label, counts }) => typologyGroup(key, counts, label)).sort(byKey);
  return { groups, total: typologyGroup(TOTAL_KEY, overall) };
}
