import { describe, expect, it } from "vitest";
import { PARTNERSHIP_STUDY_RUBRIC } from "./built-in-rubrics.js";
import { classify, typeOrdinal } from "./classify.js";
import type { IndicatorAnswers } from "./indicators.js";
import { byGapSize, perceptionGap } from "./perception-gap.js";

function ranked(answers: IndicatorAnswers) {
  const { type } = classify(answers, PARTNERSHIP_STUDY_RUBRIC);
  return { type, ordinal: typeOrdinal(PARTNERSHIP_STUDY_RUBRIC, type) ?? -1 };
}

describe("perception gaps", () => {
  it("measure how far apart the lead and the partner place the partnership, and on which indicators", () => {
    const lead: IndicatorAnswers = {
      shared_decision_making: true,
      responsible_implementation: true,
      fiscal_management: true,
      human_resources: true,
    };
    const partner: IndicatorAnswers = { human_resources: true, fiscal_management: false, proposal_copy: null };
    expect(perceptionGap(ranked(lead), ranked(partner), lead, partner)).toEqual({
      lead: "collaboration",
      partner: "cooperation",
      difference: 2,
      disagreements: ["responsible_implementation", "shared_decision_making", "fiscal_management"],
    });
  });

  it("is negative when the partner sees more than the lead does", () => {
    const gap = perceptionGap(ranked({}), ranked({ proposal_copy: true }), {}, { proposal_copy: true });
    expect(gap).toEqual({ lead: "none", partner: "consultation", difference: -1, disagreements: ["proposal_copy"] });
  });

  it("does not count a no against a question left unanswered", () => {
    expect(perceptionGap(ranked({}), ranked({}), { proposal_copy: false }, { proposal_copy: null }).disagreements).toEqual([]);
  });
});

describe("the order of perception gaps", () => {
  const gap = (difference: number, disagreements: number) => ({
    difference,
    disagreements: Array.from({ length: disagreements }, () => "proposal_copy" as const),
  });

  it("puts the widest gap first whichever side sees more, then the one with more indicators in disagreement", () => {
    const sorted = [gap(1, 5), gap(-2, 1), gap(0, 0), gap(2, 3), gap(-1, 6)].sort(byGapSize);
    expect(sorted.map(({ difference, disagreements }) => [difference, disagreements.length])).toEqual([
      [2, 3],
      [-2, 1],
      [-1, 6],
      [1, 5],
      [0, 0],
    ]);
  });
});
