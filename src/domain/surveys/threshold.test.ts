import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RESULTS_INSTRUMENT } from "../../../test/support/survey-results-factories.js";
import { meanDifference, responseRate, roundOutcome, type SubmittedResponse } from "./results.js";
import { effectiveThreshold, isWithheld, MIN_THRESHOLD } from "./threshold.js";

const response = (perspective: SubmittedResponse["perspective"], answers: SubmittedResponse["answers"]): SubmittedResponse => ({
  perspective,
  answers,
});

describe("the threshold", () => {
  it("is the program's, raised for a round when asked, never below 3", () => {
    expect(effectiveThreshold(3)).toBe(3);
    expect(effectiveThreshold(3, 5)).toBe(5);
    expect(effectiveThreshold(4, 3)).toBe(4);
    expect(effectiveThreshold(2)).toBe(3);
    expect(effectiveThreshold(1, 2)).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 50 }), fc.option(fc.integer({ min: -5, max: 50 })), (program, requested) => {
        const threshold = effectiveThreshold(program, requested);
        expect(threshold).toBeGreaterThanOrEqual(MIN_THRESHOLD);
        expect(threshold).toBeGreaterThanOrEqual(program);
        expect(threshold).toBe(Math.max(MIN_THRESHOLD, program, requested ?? MIN_THRESHOLD));
      }),
    );
  });

  it("withholds a figure with fewer responses behind it, even when the threshold says less than 3", () => {
    expect(isWithheld(2, 3)).toBe(true);
    expect(isWithheld(3, 3)).toBe(false);
    expect(isWithheld(2, 2)).toBe(true);
    expect(isWithheld(4, 5)).toBe(true);
  });
});

describe("a round's outcome", () => {
  const answers = { vision_shared: 4, vision_unclear: 2, talk_open: 5, involved_how: "approached_by_lead", again: "yes" };
  const options = { perspectives: false, previous: null };

  it("gives nothing at all with two submitted responses, and every figure with three", () => {
    const two = [response(null, answers), response(null, answers)];
    expect(roundOutcome(RESULTS_INSTRUMENT, 3, two, options)).toEqual({ withheld: true, scores: [], items: [] });
    const three = roundOutcome(RESULTS_INSTRUMENT, 3, [...two, response(null, answers)], options);
    expect(three.withheld).toBe(false);
    expect(three.scores.find((s) => s.key === "vision")).toMatchObject({
      mean: 4,
      band: "strength",
      answers: 6,
      responses: 3,
      withheld: false,
    });
    expect(three.items.find((i) => i.id === "again")).toMatchObject({ answered: 3, counts: { yes: 3, no: 0 }, withheld: false });
  });

  it("withholds a score or item that fewer responses answered, and shows the others", () => {
    const outcome = roundOutcome(
      RESULTS_INSTRUMENT,
      3,
      [response(null, answers), response(null, answers), response(null, { vision_shared: 3, vision_unclear: "dont_know" })],
      options,
    );
    expect(outcome.scores.find((s) => s.key === "vision")).toMatchObject({ withheld: false, responses: 3 });
    expect(outcome.scores.find((s) => s.key === "talk")).toEqual(
      expect.objectContaining({ withheld: true, mean: null, band: null, answers: null, spread: null, responses: null }),
    );
    expect(outcome.scores.find((s) => s.key === "unanswered")).toMatchObject({ withheld: true, mean: null });
    expect(outcome.items.find((i) => i.id === "involved_how")).toMatchObject({
      withheld: true,
      counts: null,
      percent: null,
      answered: null,
    });
  });

  it("splits scores by perspective, withholding a perspective with too few responses", () => {
    const outcome = roundOutcome(
      RESULTS_INSTRUMENT,
      3,
      [
        response("lead", { talk_open: 2 }),
        response("partner", { talk_open: 5 }),
        response("partner", { talk_open: 4 }),
        response("partner", { talk_open: 4 }),
      ],
      { perspectives: true, previous: null },
    );
    const talk = outcome.scores.find((s) => s.key === "talk");
    expect(talk).toMatchObject({ mean: 3.75, responses: 4 });
    expect(talk?.perspectives?.lead).toMatchObject({ withheld: true, mean: null });
    expect(talk?.perspectives?.partner).toMatchObject({ withheld: false, mean: 4.33, band: "strength", responses: 3 });
  });

  it("gives the change since the round before where both are shown", () => {
    const previous = {
      roundId: "r0",
      label: "baseline",
      scores: [
        { key: "vision", mean: 3.67, responses: 5, withheld: false },
        { key: "talk", mean: null, responses: null, withheld: true },
      ],
    };
    const outcome = roundOutcome(RESULTS_INSTRUMENT, 3, [response(null, answers), response(null, answers), response(null, answers)], {
      perspectives: false,
      previous,
    });
    expect(outcome.scores.find((s) => s.key === "vision")?.change).toEqual({
      roundId: "r0",
      label: "baseline",
      previousMean: 3.67,
      difference: 0.33,
      previousResponses: 5,
      responses: 3,
    });
    expect(outcome.scores.find((s) => s.key === "talk")?.change).toBeNull();
  });

  it("gives differences in exact hundredths and rates with one decimal", () => {
    expect(meanDifference(4, 3.67)).toBe(0.33);
    expect(meanDifference(2.1, 3.3)).toBe(-1.2);
    expect(responseRate(2, 3)).toBe(66.7);
    expect(responseRate(0, 0)).toBeNull();
  });
});
