import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FALLBACK_ROUND_KEY, roundKeyOf } from "./round-key.js";

describe("the round key of a survey round's label", () => {
  it("keeps the usual labels as they are", () => {
    expect(["baseline", "midterm", "final"].map(roundKeyOf)).toEqual(["baseline", "midterm", "final"]);
  });

  it("lowercases, takes accents off and joins words with a dash", () => {
    expect(roundKeyOf("Mi-parcours (2027)")).toBe("mi-parcours-2027");
    expect(roundKeyOf("  Évaluation   finale ")).toBe("evaluation-finale");
    expect(roundKeyOf("Year_2 — spring")).toBe("year_2-spring");
  });

  it("cuts a long label to 40 characters without a dash at the end", () => {
    const key = roundKeyOf(`${"a".repeat(39)} b`);
    expect(key).toBe("a".repeat(39));
  });

  it("gives a label without letters or digits the fallback key", () => {
    expect(roundKeyOf("— ! —")).toBe(FALLBACK_ROUND_KEY);
    expect(roundKeyOf("__")).toBe(FALLBACK_ROUND_KEY);
  });

  it("always gives a key of the involvement records' round shape, already lowercase and trimmed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (label) => {
        expect(roundKeyOf(label)).toMatch(/^[a-z0-9][a-z0-9_-]{0,39}$/);
      }),
    );
  });
});
