import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { closestNames, nameSimilarity, SIMILAR_FROM, SimilarityIndex } from "./similarity.js";

describe("nameSimilarity", () => {
  it("finds a name with a word more or less close to the other", () => {
    expect(nameSimilarity("Hamilton Youth Justice Diversion", "Hamilton Youth Justice Diversion Program")).toBeGreaterThanOrEqual(
      SIMILAR_FROM,
    );
    expect(nameSimilarity("Hamilton Police Service", "Hamilton Police Service — Community Mobilization Division")).toBeGreaterThanOrEqual(
      SIMILAR_FROM,
    );
  });

  it("finds a typing slip close to the right spelling", () => {
    expect(nameSimilarity("Hamilton East Youth Safty Coalition", "Hamilton East Youth Safety Coalition")).toBeGreaterThanOrEqual(
      SIMILAR_FROM,
    );
  });

  it("does not find agencies that only share a city or common words close", () => {
    expect(nameSimilarity("Hamilton Police Service", "Hamilton Public Library")).toBeLessThan(SIMILAR_FROM);
    expect(nameSimilarity("Centre de santé de Lévis", "Centre de jeunesse de Montréal")).toBeLessThan(SIMILAR_FROM);
    expect(nameSimilarity("Hamilton", "Hamilton Food Bank")).toBeLessThan(SIMILAR_FROM);
  });

  it("is 1 for names of the same key and symmetric, between 0 and 1", () => {
    expect(nameSimilarity("Œuvre d’Été", "oeuvre d'ete")).toBe(1);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const score = nameSimilarity(a, b);
        return score >= 0 && score <= 1 && Math.abs(score - nameSimilarity(b, a)) < 1e-9;
      }),
    );
  });
});

describe("closest names", () => {
  const registry = [
    "Hamilton Youth Justice Diversion Program",
    "Hamilton Police Service — Community Mobilization Division",
    "Hamilton Public Library",
    "Hamilton East Youth Safety Coalition",
    "Escarpment District School Board",
  ];

  it("lists the close ones, closest first, leaving out the name itself", () => {
    const found = closestNames(
      "Hamilton Youth Justice Diversion",
      registry.map((name) => ({ name, item: name })),
    );
    expect(found.map((entry) => entry.name)).toEqual(["Hamilton Youth Justice Diversion Program"]);
    expect(closestNames("Hamilton Public Library", [{ name: "HAMILTON public library", item: 1 }])).toEqual([]);
  });

  it("finds through an index what a scan of every name finds", () => {
    const index = new SimilarityIndex<string>();
    for (const name of registry) index.add(name, name);
    for (const name of ["Hamilton East Youth Safty Coalition", "Hamilton Police Service", "District School Board Escarpment", "XYZ"]) {
      expect(index.closest(name)).toEqual(
        closestNames(
          name,
          registry.map((entry) => ({ name: entry, item: entry })),
        ),
      );
    }
    expect(index.closest("XYZ")).toEqual([]);
  });
});
