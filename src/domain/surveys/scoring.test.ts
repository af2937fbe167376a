import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RESULTS_INSTRUMENT } from "../../../test/support/survey-results-factories.js";
import type { Answers, InstrumentItem } from "./instrument.js";
import { bandOf, itemFigures, roundHalfUp, roundRatioHalfUp, scoreFigures } from "./scoring.js";

const BANDS = RESULTS_INSTRUMENT.bands;
const vision = { items: ["vision_shared", "vision_unclear"] };

describe("rounding half up", () => {
  it("rounds exact fractions half up: 3.995 is 4.00, 2.995 is 3.00, 3.994 stays 3.99", () => {
    expect(roundRatioHalfUp(799, 200, 2)).toBe(4);
    expect(roundRatioHalfUp(599, 200, 2)).toBe(3);
    expect(roundRatioHalfUp(3994, 1000, 2)).toBe(3.99);
    expect(roundRatioHalfUp(2, 3, 1)).toBe(0.7);
    expect(roundRatioHalfUp(1, 8, 2)).toBe(0.13);
  });

  it("rounds decimal values from their decimal writing", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(3.995, 2)).toBe(4);
    expect(roundHalfUp(-0.25, 1)).toBe(-0.3);
    expect(roundHalfUp(0.1 + 0.2, 2)).toBe(0.3);
  });

  it("agrees with exact decimal arithmetic on every fraction", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 1, max: 10_000 }), (numerator, denominator) => {
        const rounded = roundRatioHalfUp(numerator, denominator, 2);
        // The rounded value is within half a hundredth, ties going up: 100·n/d − 0.5 < 100·r ≤ 100·n/d + 0.5.
        const hundredths = Math.round(rounded * 100);
        expect(2 * hundredths * denominator).toBeGreaterThan(200 * numerator - denominator);
        expect(2 * hundredths * denominator).toBeLessThanOrEqual(200 * numerator + denominator);
      }),
    );
  });
});

describe("bands", () => {
  it("puts a mean in the first band whose minimum it reaches, at every boundary", () => {
    expect(bandOf(5, BANDS)).toBe("strength");
    expect(bandOf(4, BANDS)).toBe("strength");
    expect(bandOf(3.99, BANDS)).toBe("borderline");
    expect(bandOf(3, BANDS)).toBe("borderline");
    expect(bandOf(2.99, BANDS)).toBe("concern");
    expect(bandOf(1, BANDS)).toBe("concern");
    expect(bandOf(0.5, BANDS)).toBeNull();
    expect(bandOf(null, BANDS)).toBeNull();
  });
});

describe("a score's figures", () => {
  it("pools every counted value, leaving out don't know and unanswered, reversing reverse items", () => {
    const responses: Answers[] = [
      { vision_shared: 5, vision_unclear: 1 }, // 5 and 6 − 1 = 5
      { vision_shared: 4, vision_unclear: "dont_know" },
      { vision_shared: "dont_know" },
      {},
      { vision_shared: 2, vision_unclear: 4 }, // 2 and 2
    ];
    expect(scoreFigures(RESULTS_INSTRUMENT, vision, responses)).toEqual({
      mean: 3.6, // (5 + 5 + 4 + 2 + 2) / 5
      band: "borderline",
      answers: 5,
      spread: { "1": 0, "2": 2, "3": 0, "4": 1, "5": 2, dont_know: 2 },
      responses: 3,
    });
  });

  it("gives 3.995 as 4.00, a strength, and 2.995 as 3.00, borderline", () => {
    // 199 answers of 4 and one of 3: 799 / 200 = 3.995.
    const strength = [...Array.from({ length: 199 }, () => ({ talk_open: 4 })), { talk_open: 3 }];
    expect(scoreFigures(RESULTS_INSTRUMENT, { items: ["talk_open"] }, strength)).toMatchObject({ mean: 4, band: "strength", answers: 200 });
    const borderline = [...Array.from({ length: 199 }, () => ({ talk_open: 3 })), { talk_open: 2 }];
    expect(scoreFigures(RESULTS_INSTRUMENT, { items: ["talk_open"] }, borderline)).toMatchObject({ mean: 3, band: "borderline" });
    const concern = [...Array.from({ length: 198 }, () => ({ talk_open: 3 })), { talk_open: 2 }, { talk_open: 2 }];
    expect(scoreFigures(RESULTS_INSTRUMENT, { items: ["talk_open"] }, concern)).toMatchObject({ mean: 2.99, band: "concern" });
  });

  it("has no mean and no band when no value is counted, yet counts the don't knows", () => {
    expect(scoreFigures(RESULTS_INSTRUMENT, vision, [{ vision_shared: "dont_know" }, {}])).toEqual({
      mean: null,
      band: null,
      answers: 0,
      spread: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, dont_know: 1 },
      responses: 0,
    });
    expect(scoreFigures(RESULTS_INSTRUMENT, vision, []).mean).toBeNull();
  });

  it("keeps the mean within the scale and the spread adding up to the answers, whatever was answered", () => {
    const value = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant("dont_know"), fc.constant(undefined));
    const response = fc.record({ vision_shared: value, vision_unclear: value });
    fc.assert(
      fc.property(fc.array(response, { maxLength: 60 }), (drawn) => {
        const responses = drawn.map((answers) => Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Answers);
        const figures = scoreFigures(RESULTS_INSTRUMENT, vision, responses);
        const { dont_know, ...points } = figures.spread;
        expect(Object.values(points).reduce((a, b) => a + b, 0)).toBe(figures.answers);
        expect(dont_know).toBe(responses.flatMap((r) => Object.values(r)).filter((v) => v === "dont_know").length);
        if (figures.answers === 0) expect(figures.mean).toBeNull();
        else {
          expect(figures.mean).toBeGreaterThanOrEqual(1);
          expect(figures.mean).toBeLessThanOrEqual(5);
          expect(figures.band).toBe(bandOf(figures.mean, BANDS));
        }
      }),
    );
  });

  it("counts a reverse item as 6 − value: agreeing with a negative statement lowers the score", () => {
    const agree = scoreFigures(RESULTS_INSTRUMENT, { items: ["vision_unclear"] }, [{ vision_unclear: 5 }, { vision_unclear: 4 }]);
    expect(agree).toMatchObject({ mean: 1.5, band: "concern", spread: { "1": 1, "2": 1 } });
  });
});

describe("an item's figures", () => {
  const item = (id: string): InstrumentItem => {
    const found = RESULTS_INSTRUMENT.sections.flatMap((s) => s.items).find((candidate) => candidate.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it("counts each option and its share of the responses that answered, one decimal half up", () => {
    const figures = itemFigures(item("involved_how"), [
      { involved_how: "approached_by_lead" },
      { involved_how: "approached_by_lead" },
      { involved_how: "grew_from_discussion" },
      {},
      { involved_how: "not_an_option" },
    ]);
    expect(figures).toEqual({
      answered: 3,
      counts: { approached_by_lead: 2, grew_from_discussion: 1, approached_lead: 0 },
      percent: { approached_by_lead: 66.7, grew_from_discussion: 33.3, approached_lead: 0 },
    });
  });

  it("counts every option of a multiple-choice answer once", () => {
    const figures = itemFigures(item("benefits"), [
      { benefits: ["resources", "expertise", "resources"] },
      { benefits: ["expertise"] },
      { benefits: [] },
    ]);
    expect(figures).toEqual({
      answered: 2,
      counts: { resources: 1, expertise: 2, visibility: 0 },
      percent: { resources: 50, expertise: 100, visibility: 0 },
    });
  });

  it("counts yes and no, leaving out those not answered", () => {
    expect(itemFigures(item("again"), [{ again: "yes" }, { again: "no" }, { again: "yes" }, { again: "yes" }, {}])).toEqual({
      answered: 4,
      counts: { yes: 3, no: 1 },
      percent: { yes: 75, no: 25 },
    });
  });
});
