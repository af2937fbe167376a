import { describe, expect, it } from "vitest";
import { NATIONAL_STUDY_RUBRIC, PARTNERSHIP_STUDY_RUBRIC } from "./built-in-rubrics.js";
import { classify, typeOrdinal } from "./classify.js";
import { PROJECT_INDICATOR_KEYS, type IndicatorAnswers, type ProjectIndicatorKey } from "./indicators.js";

/** Every project indicator answered: the given ones yes, the rest no. */
function yesTo(...keys: ProjectIndicatorKey[]): IndicatorAnswers {
  return Object.fromEntries(PROJECT_INDICATOR_KEYS.map((key) => [key, keys.includes(key)]));
}

const typeOf = (answers: IndicatorAnswers) => classify(answers, PARTNERSHIP_STUDY_RUBRIC).type;

describe("the partnership-study-2002 rubric", () => {
  it("gives none when no indicator is yes", () => {
    expect(typeOf(yesTo())).toBe("none");
  });

  it.each(["proposal_copy", "support_letter"] as const)("gives consultation for %s alone", (key) => {
    expect(typeOf(yesTo(key))).toBe("consultation");
  });

  it("gives cooperation once a partner has both the copy of the proposal and written a letter of support", () => {
    expect(typeOf(yesTo("proposal_copy", "support_letter"))).toBe("cooperation");
  });

  it.each([
    "proposal_committee",
    "planned_implementation",
    "financial_resources",
    "human_resources",
    "inkind_resources",
    "reporting_results",
    "fiscal_management",
  ] as const)("gives cooperation for %s alone", (key) => {
    expect(typeOf(yesTo(key))).toBe("cooperation");
  });

  it.each(["developed_protocols", "shared_decision_making", "coordinated_activities", "responsible_implementation"] as const)(
    "gives coordination for %s alone",
    (key) => {
      expect(typeOf(yesTo(key))).toBe("coordination");
      expect(typeOf(yesTo(key, "proposal_copy", "support_letter", "financial_resources"))).toBe("coordination");
    },
  );

  it("stops at coordination while any of the three parts of collaboration is missing", () => {
    expect(typeOf(yesTo("shared_decision_making", "responsible_implementation"))).toBe("coordination");
    expect(typeOf(yesTo("shared_decision_making", "reporting_results", "fiscal_management"))).toBe("coordination");
    expect(typeOf(yesTo("responsible_implementation", "reporting_results", "fiscal_management"))).toBe("coordination");
  });

  it.each(["reporting_results", "fiscal_management"] as const)(
    "gives collaboration with shared decisions, responsibility for implementation and %s",
    (key) => {
      expect(typeOf(yesTo("shared_decision_making", "responsible_implementation", key))).toBe("collaboration");
    },
  );

  it("gives collaboration when every indicator is yes", () => {
    expect(typeOf(yesTo(...PROJECT_INDICATOR_KEYS))).toBe("collaboration");
  });

  it("counts not answered as no and marks the result incomplete", () => {
    const partial = classify(
      { shared_decision_making: true, responsible_implementation: true, reporting_results: null },
      PARTNERSHIP_STUDY_RUBRIC,
    );
    expect(partial).toMatchObject({ type: "coordination", complete: false, rubric: { id: "partnership-study-2002", version: 1 } });
    const answered = classify({ ...yesTo("shared_decision_making", "responsible_implementation") }, PARTNERSHIP_STUDY_RUBRIC);
    expect(answered.complete).toBe(true);
    expect(answered.reasons.map((reason) => reason.kind)).toEqual(["met", "missing"]);
  });

  it("ranks the types from none (0) to collaboration (4)", () => {
    const ranks = ["none", "consultation", "cooperation", "coordination", "collaboration"].map((type) =>
      typeOrdinal(PARTNERSHIP_STUDY_RUBRIC, type),
    );
    expect(ranks).toEqual([0, 1, 2, 3, 4]);
    expect(typeOrdinal(PARTNERSHIP_STUDY_RUBRIC, "collaborative")).toBeNull();
  });
});

describe("the national-study-2002 rubric", () => {
  it.each([
    [{ joint_planning: true, consulted: true, exchanges_resources: true }, "collaborative"],
    [{ joint_planning: false, consulted: true, exchanges_resources: true }, "consultative"],
    [{ joint_planning: false, consulted: false, exchanges_resources: true }, "instrumental_contributory"],
    [{ joint_planning: false, consulted: false, exchanges_resources: false }, "none"],
  ])("classifies %o as %s", (answers, type) => {
    expect(classify(answers, NATIONAL_STUDY_RUBRIC)).toMatchObject({
      type,
      complete: true,
      rubric: { id: "national-study-2002", version: 1 },
    });
  });

  it("ignores project-level answers, which it does not read", () => {
    expect(classify({ shared_decision_making: true }, NATIONAL_STUDY_RUBRIC)).toMatchObject({ type: "none", complete: false });
  });
});
