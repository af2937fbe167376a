import { describe, expect, it } from "vitest";
import { SECTORS, type Sector } from "../vocabulary.js";
import { EVENNESS_FORMULA, sectorCounts, sectorEvenness, SECTORS_POSSIBLE, shannonIndex } from "./evenness.js";

describe("Shannon's H", () => {
  it("is zero with no members or a single category", () => {
    expect(shannonIndex([])).toBe(0);
    expect(shannonIndex([0, 0])).toBe(0);
    expect(shannonIndex([7])).toBe(0);
  });

  it("is ln k for k equal categories and ignores empty ones", () => {
    expect(shannonIndex([1, 1])).toBeCloseTo(Math.log(2), 12);
    expect(shannonIndex([3, 3, 3, 0])).toBeCloseTo(Math.log(3), 12);
  });

  it("matches the formula on an uneven split", () => {
    // p = 3/4 and 1/4
    expect(shannonIndex([3, 1])).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), 12);
  });
});

describe("Pielou's evenness over the sector vocabulary", () => {
  it("divides by the log of every sector in the vocabulary", () => {
    expect(SECTORS_POSSIBLE).toBe(SECTORS.length);
    expect(EVENNESS_FORMULA).toContain(`S = ${SECTORS.length}`);
  });

  it("is 0 with no members and with every member in one sector", () => {
    expect(sectorEvenness([]).index).toBe(0);
    expect(sectorEvenness(["police", "police", "police"])).toMatchObject({ index: 0, shannon: 0, sectorsPresent: 1, memberCount: 3 });
  });

  it("is 1 when members are spread equally over every sector", () => {
    const everySectorTwice: Sector[] = [...SECTORS, ...SECTORS];
    expect(sectorEvenness(everySectorTwice).index).toBeCloseTo(1, 12);
    expect(sectorEvenness(everySectorTwice).sectorsPresent).toBe(SECTORS.length);
  });

  it("is ln k / ln S for k sectors with one member each", () => {
    const four: Sector[] = ["police", "schools", "faith", "business"];
    expect(sectorEvenness(four).index).toBeCloseTo(Math.log(4) / Math.log(SECTORS.length), 12);
  });

  it("falls when the same sectors are unevenly filled", () => {
    const even = sectorEvenness(["police", "schools"]).index;
    const uneven = sectorEvenness(["police", "police", "police", "schools"]).index;
    expect(uneven).toBeLessThan(even);
  });

  it("gives the raw counts, largest first, then in vocabulary order", () => {
    expect(sectorCounts(["schools", "police", "faith", "schools"])).toEqual([
      { sector: "schools", count: 2 },
      { sector: "police", count: 1 },
      { sector: "faith", count: 1 },
    ]);
  });
});
