import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTINUUM_TYPES, NOT_SET_KEY, typologyTable, type TypeCountRow } from "./typology-report.js";

/** Table 3 of the 2002 study (project managers' assessment), as aggregated rows. */
const TABLE_3: TypeCountRow[] = [
  { key: "BAP", type: "cooperation", count: 1 },
  { key: "BAP", type: "coordination", count: 3 },
  { key: "BAP", type: "collaboration", count: 2 },
  { key: "CMP", type: "consultation", count: 1 },
  { key: "CMP", type: "cooperation", count: 1 },
  { key: "CMP", type: "coordination", count: 6 },
  { key: "CMP", type: "collaboration", count: 26 },
  { key: "CPPP", type: "cooperation", count: 1 },
  { key: "CPPP", type: "coordination", count: 1 },
  { key: "CPPP", type: "collaboration", count: 6 },
  { key: "CIFP", type: "cooperation", count: 2 },
  { key: "CIFP", type: "collaboration", count: 4 },
];

describe("typologyTable", () => {
  it("reproduces the study's Table 3, groups sorted by key", () => {
    const { groups, total } = typologyTable(TABLE_3);
    expect(groups.map((group) => group.key)).toEqual(["BAP", "CIFP", "CMP", "CPPP"]);
    expect(groups[2]).toEqual({
      key: "CMP",
      label: "CMP",
      total: 34,
      counts: { none: 0, consultation: 1, cooperation: 1, coordination: 6, collaboration: 26 },
      percent: { none: 0, consultation: 2.9, cooperation: 2.9, coordination: 17.6, collaboration: 76.5 },
    });
    expect(groups[0]?.percent).toEqual({ none: 0, consultation: 0, cooperation: 16.7, coordination: 50, collaboration: 33.3 });
    expect(total).toEqual({
      key: "total",
      label: "total",
      total: 54,
      counts: { none: 0, consultation: 1, cooperation: 5, coordination: 10, collaboration: 38 },
      percent: { none: 0, consultation: 1.9, cooperation: 9.3, coordination: 18.5, collaboration: 70.4 },
    });
  });

  it("leaves out types of other rubrics, names groups without a value, and keeps same-named groups apart", () => {
    const { groups, total } = typologyTable([
      { key: "Youth Coalition", group: "a", type: "coordination", count: 2 },
      { key: "Youth Coalition", group: "b", type: "collaboration", count: 1 },
      { key: null, type: "none", count: 3 },
      { key: "Ontario", type: "consultative", count: 9 },
    ]);
    expect(groups.map((group) => [group.key, group.total])).toEqual([
      [NOT_SET_KEY, 3],
      ["Youth Coalition", 2],
      ["Youth Coalition", 1],
    ]);
    expect(total.total).toBe(6);
  });

  it("has an all-zero total row and no groups when there is nothing to count", () => {
    const { groups, total } = typologyTable([]);
    expect(groups).toEqual([]);
    expect(total).toEqual({
      key: "total",
      label: "total",
      total: 0,
      counts: { none: 0, consultation: 0, cooperation: 0, coordination: 0, collaboration: 0 },
      percent: { none: 0, consultation: 0, cooperation: 0, coordination: 0, collaboration: 0 },
    });
  });

  it("keeps every count: group totals add up to the total row, type by type", () => {
    const row = fc.record({
      key: fc.constantFrom("CMP", "BAP", "CPPP", "CPIF"),
      type: fc.constantFrom(...CONTINUUM_TYPES, "consultative"),
      count: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const { groups, total } = typologyTable(rows);
        for (const type of CONTINUUM_TYPES) {
          expect(groups.reduce((sum, group) => sum + group.counts[type], 0)).toBe(total.counts[type]);
        }
        for (const group of [...groups, total]) {
          expect(CONTINUUM_TYPES.reduce((sum, type) => sum + group.counts[type], 0)).toBe(group.total);
          // Rounded shares of one group add up to 100 within the rounding of five figures.
          if (group.total > 0)
            expect(Math.abs(CONTINUUM_TYPES.reduce((sum, type) => sum + group.percent[type], 0) - 100)).toBeLessThanOrEqual(0.25 + 1e-9);
        }
      }),
    );
  });
});
