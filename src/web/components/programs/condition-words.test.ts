import { describe, expect, it } from "vitest";
import { NATIONAL_STUDY_RUBRIC, PARTNERSHIP_STUDY_RUBRIC } from "../../../domain/typology/built-in-rubrics.js";
import { conditionSentence } from "./condition-words.js";

function levelCondition(key: string) {
  const level = PARTNERSHIP_STUDY_RUBRIC.levels.find((candidate) => candidate.key === key);
  if (!level) throw new Error(`no level ${key}`);
  return level.condition;
}

describe("a rubric condition in words", () => {
  it("reads a single indicator as its phrase, in each language", () => {
    expect(conditionSentence("joint_planning", "en")).toBe("Part in planning and decisions on goals and direction.");
    expect(conditionSentence("support_letter", "fr")).toBe("Lettre d'appui.");
  });

  it("opens with all of or any of, and brackets a nested combination", () => {
    expect(conditionSentence(levelCondition("collaboration"), "en")).toBe(
      "All of: shared decision-making, responsibility for implementation and (responsibility for reporting results or fiscal management).",
    );
    expect(conditionSentence(levelCondition("consultation"), "en")).toBe("Any of: copy of the proposal or letter of support.");
    expect(conditionSentence(levelCondition("consultation"), "fr")).toBe(
      "L'un de ces éléments\u00a0: copie de la proposition ou lettre d'appui.",
    );
    expect(conditionSentence(levelCondition("cooperation"), "fr")).toContain("(copie de la proposition et lettre d'appui)");
  });

  it("counts what at least n of asks for", () => {
    expect(conditionSentence({ atLeast: 2, of: ["consulted", "joint_planning", "exchanges_resources"] }, "en")).toBe(
      "At least 2 of: consultation on issues of concern, part in planning and decisions on goals and direction, exchange of information, knowledge or funds.",
    );
    expect(conditionSentence({ atLeast: 2, of: ["consulted", "support_letter"] }, "fr")).toBe(
      "Au moins 2 parmi\u00a0: consultation sur les questions d'intérêt, lettre d'appui.",
    );
  });

  it("reads a combination of one part as that part", () => {
    expect(conditionSentence({ all: [{ any: ["consulted"] }] }, "en")).toBe("Consultation on issues of concern.");
  });

  it("leaves the fallback level to the page", () => {
    expect(NATIONAL_STUDY_RUBRIC.levels.at(-1)?.condition).toBe("always");
    expect(conditionSentence("always", "fr")).toBeNull();
  });
});
