// Which round of involvement records is the latest: the usual rounds in the order they happen, any
// other round after them by name (the order the involvement list shows them in).

const ROUND_RANK: Readonly<Record<string, number>> = { baseline: 0, midterm: 1, final: 2 };

/** Sorts rounds as they happen: compareRounds("final", "midterm") > 0, compareRounds("final", "followup") < 0. */
export function compareRounds(a: string, b: string): number {
  const rankA = ROUND_RANK[a] ?? 3;
  const rankB = ROUND_RANK[b] ?? 3;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

export type MeasuredRecord = { membershipId: string; perspective: string; round: string; type: string };
export type Measured = { round: string; type: string };

/**
 * The type measured in the latest round, per membership and perspective.
 * @example latestTypes([{ membershipId: "m", perspective: "lead", round: "baseline", type: "cooperation" }]).get("m")?.lead
 */
export function latestTypes(records: readonly MeasuredRecord[]): Map<string, Partial<Record<string, Measured>>> {
  const latest = new Map<string, Partial<Record<string, Measured>>>();
  for (const record of records) {
    const byPerspective = latest.get(record.membershipId) ?? {};
    const current = byPerspective[record.perspective];
    if (!current || compareRounds(record.round, current.round) > 0) {
      byPerspective[record.perspective] = { round: record.round, type: record.type };
    }
    latest.set(record.membershipId, byPerspective);
  }
  return latest;
}
