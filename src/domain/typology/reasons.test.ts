import { describe, expect, it } from "vitest";
import { PARTNERSHIP_STUDY_RUBRIC } from "./built-in-rubrics.js";
import { classify } from "./classify.js";
import { PROJECT_INDICATOR_KEYS, type IndicatorAnswers, type ProjectIndicatorKey } from "./indicators.js";
import { factorSharedOpening, inSentence, negated } from "./phrasing.js";
import type { Rubric } from "./rubric.js";

function yesTo(...keys: ProjectIndicatorKey[]): IndicatorAnswers {
  return Object.fromEntries(PROJECT_INDICATOR_KEYS.map((key) => [key, keys.includes(key)]));
}

const reasonsOf = (answers: IndicatorAnswers, rubric: Rubric = PARTNERSHIP_STUDY_RUBRIC) => classify(answers, rubric).reasons;

describe("reasons", () => {
  it("say which indicators made the type hold and what the next level up lacks", () => {
    expect(reasonsOf(yesTo("shared_decision_making", "responsible_implementation"))).toEqual([
      {
        kind: "met",
        level: "coordination",
        indicators: ["shared_decision_making", "responsible_implementation"],
        text: {
          en: "coordination: shared decision-making and responsibility for implementation",
          fr: "coordination\u00a0: partage des décisions et responsabilité de la mise en œuvre",
        },
      },
      {
        kind: "missing",
        level: "collaboration",
        indicators: ["reporting_results", "fiscal_management"],
        text: {
          en: "not collaboration: no responsibility for reporting results or fiscal management",
          fr: "niveau «\u00a0collaboration\u00a0» non atteint\u00a0: pas de responsabilité de la reddition de comptes sur les résultats ou de la gestion financière",
        },
      },
    ]);
  });

  it("list every missing part of a combined condition", () => {
    const [, missing] = reasonsOf(yesTo("coordinated_activities"));
    expect(missing).toMatchObject({
      level: "collaboration",
      indicators: ["shared_decision_making", "responsible_implementation", "reporting_results", "fiscal_management"],
      text: {
        en: "not collaboration: no shared decision-making; no responsibility for implementation; no responsibility for reporting results or fiscal management",
      },
    });
  });

  it("explain the fallback level and what the lowest level needs", () => {
    expect(reasonsOf(yesTo())).toEqual([
      {
        kind: "met",
        level: "none",
        indicators: [],
        text: { en: "none: no higher level applies", fr: "aucun\u00a0: aucun niveau supérieur ne s'applique" },
      },
      {
        kind: "missing",
        level: "consultation",
        indicators: ["proposal_copy", "support_letter"],
        text: {
          en: "not consultation: no copy of the proposal or letter of support",
          fr: "niveau «\u00a0consultation\u00a0» non atteint\u00a0: pas de copie de la proposition ou lettre d'appui",
        },
      },
    ]);
  });

  it("show only the indicators still needed inside a partly met part", () => {
    const [met, missing] = reasonsOf(yesTo("proposal_copy"));
    expect(met?.text.en).toBe("consultation: copy of the proposal");
    expect(missing?.indicators).toEqual([
      "proposal_committee",
      "support_letter",
      "planned_implementation",
      "financial_resources",
      "human_resources",
      "inkind_resources",
      "reporting_results",
      "fiscal_management",
    ]);
    expect(missing?.text.en).toBe(
      "not cooperation: no seat on the proposal committee, (copy of the proposal and letter of support), part in planning the implementation, " +
        "financial contribution, human resources, in-kind contribution, responsibility for reporting results or responsibility for fiscal management",
    );
  });

  it("give no missing reason at the top level", () => {
    expect(reasonsOf(yesTo(...PROJECT_INDICATOR_KEYS)).map((reason) => reason.kind)).toEqual(["met"]);
  });

  it("name the unanswered indicators, counted as no", () => {
    const reasons = reasonsOf({ proposal_copy: true, support_letter: false, proposal_committee: null, ...withAnswers(false, 3) });
    expect(reasons.at(-1)).toEqual({
      kind: "incomplete",
      level: "consultation",
      indicators: ["proposal_committee"],
      text: {
        en: "not answered, counted as no: seat on the proposal committee",
        fr: "sans réponse, compté comme non\u00a0: siège au comité de la proposition",
      },
    });
  });

  it("explain a shortfall in an at-least condition", () => {
    const rubric: Rubric = {
      id: "two-of-three",
      version: 1,
      title: { en: "Two of three", fr: "Deux sur trois" },
      indicators: ["exchanges_resources", "consulted", "joint_planning"],
      levels: [
        {
          key: "engaged",
          label: { en: "Engaged", fr: "Engagé" },
          condition: { atLeast: 2, of: ["exchanges_resources", "consulted", "joint_planning"] },
          rationale: { en: "x", fr: "x" },
        },
        { key: "none", label: { en: "None", fr: "Aucun" }, condition: "always", rationale: { en: "x", fr: "x" } },
      ],
    };
    const [met, missing] = reasonsOf({ consulted: true, exchanges_resources: false, joint_planning: false }, rubric);
    expect(met?.level).toBe("none");
    expect(missing?.text.en).toBe(
      "not engaged: only 1 of the 2 needed among: exchange of information, knowledge or funds, consultation on issues of concern, part in planning and decisions on goals and direction",
    );
    expect(missing?.indicators).toEqual(["exchanges_resources", "joint_planning"]);
  });
});

/** Answers for the project indicators from position `from` on. */
function withAnswers(value: boolean, from: number): IndicatorAnswers {
  return Object.fromEntries(PROJECT_INDICATOR_KEYS.slice(from).map((key) => [key, value]));
}

describe("phrasing", () => {
  it("says a shared opening once, keeping French articles with each item", () => {
    expect(factorSharedOpening(["responsibility for a", "responsibility for b"], "en")).toEqual(["responsibility for a", "b"]);
    expect(factorSharedOpening(["responsabilité de la a", "responsabilité de la b"], "fr")).toEqual(["responsabilité de la a", "de la b"]);
    expect(factorSharedOpening(["same", "same"], "en")).toEqual(["same", "same"]);
    expect(factorSharedOpening(["a b", "c d"], "en")).toEqual(["a b", "c d"]);
  });

  it("negates with the French elision before a vowel", () => {
    expect(negated("élaboration de protocoles", "fr")).toBe("pas d'élaboration de protocoles");
    expect(negated("lettre d'appui", "fr")).toBe("pas de lettre d'appui");
    expect(negated("letter of support", "en")).toBe("no letter of support");
  });

  it("lower-cases a label in a sentence unless it opens with an acronym", () => {
    expect(inSentence("Collaboration")).toBe("collaboration");
    expect(inSentence("CPTED review")).toBe("CPTED review");
  });
});
