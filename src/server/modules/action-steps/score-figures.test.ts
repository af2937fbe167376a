import { describe, expect, it } from "vitest";
import { actionInstrument } from "../../../../test/support/survey-action-factories.js";
import { scoreMean } from "./score-figures.js";

const instrument = actionInstrument("score-check");
const scoreOf = (key: string) => {
  const score = instrument.scores.find((candidate) => candidate.key === key);
  if (!score) throw new Error(`no score ${key}`);
  return score;
};
const communication = scoreOf("communication");
const vision = scoreOf("vision");

describe("a score's mean for the proposals", () => {
  it("pools the items, counts a reversed item as 6 − value and leaves out don't know", () => {
    expect(scoreMean(instrument, communication, [{ c1: 2, c2: 4 }, { c1: 1, c2: "dont_know" }, { c2: 5 }])).toEqual({
      mean: 1.5,
      band: "concern",
    });
  });

  it("rounds half up exactly: 3.995 reaches 4.00 and the strength band", () => {
    // 799 / 200 = 3.995: 199 answers of 4 and one of 3 over two hundred answers.
    const responses = [...Array.from({ length: 199 }, () => ({ v1: 4 })), { v1: 3 }];
    expect(scoreMean(instrument, vision, responses)).toEqual({ mean: 4, band: "strength" });
    expect(scoreMean(instrument, vision, [{ v1: 3 }, { v1: 3 }, { v1: 4 }])).toEqual({ mean: 3.33, band: "borderline" });
  });

  it("has no mean and no band without a counted value", () => {
    expect(scoreMean(instrument, vision, [{ v1: "dont_know" }, {}])).toEqual({ mean: null, band: null });
  });
});
