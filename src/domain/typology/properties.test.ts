import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_RUBRICS, PARTNERSHIP_STUDY_RUBRIC } from "./built-in-rubrics.js";
import { classify, typeOrdinal } from "./classify.js";
import { PROJECT_INDICATOR_KEYS, type IndicatorAnswers, type ProjectIndicatorKey } from "./indicators.js";
import { rubricDocumentSchema } from "./rubric-schema.js";
import type { Condition, Rubric } from "./rubric.js";

const answer = fc.constantFrom(true, false, null, undefined);

/** Any answers to the project indicators, including unanswered and absent ones. */
const answers: fc.Arbitrary<IndicatorAnswers> = fc
  .tuple(...PROJECT_INDICATOR_KEYS.map(() => answer))
  .map((values) =>
    Object.fromEntries(PROJECT_INDICATOR_KEYS.flatMap((key, index) => (values[index] === undefined ? [] : [[key, values[index]]]))),
  );

const indicator = fc.constantFrom<ProjectIndicatorKey>(...PROJECT_INDICATOR_KEYS);

const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: "condition" },
    indicator,
    fc.array(tie("node"), { minLength: 1, maxLength: 4 }).map((parts) => ({ all: parts })),
    fc.array(tie("node"), { minLength: 1, maxLength: 4 }).map((parts) => ({ any: parts })),
    fc
      .array(tie("node"), { minLength: 1, maxLength: 4 })
      .chain((parts) => fc.integer({ min: 1, max: parts.length }).map((atLeast) => ({ atLeast, of: parts }))),
  ),
})).node;

const text = { en: "Level", fr: "Niveau" };

/** Any rubric over the project indicators that the document schema accepts. */
const rubric: fc.Arbitrary<Rubric> = fc.array(condition, { minLength: 1, maxLength: 5 }).map((conditions) =>
  rubricDocumentSchema.parse({
    id: "generated",
    version: 1,
    title: text,
    indicators: [...PROJECT_INDICATOR_KEYS],
    levels: [
      ...conditions.map((condition, index) => ({ key: `level_${index}`, label: text, condition, rationale: text })),
      { key: "none", label: text, condition: "always", rationale: text },
    ],
  }),
);

function rank(result: { type: string }, of: Rubric): number {
  const ordinal = typeOrdinal(of, result.type);
  if (ordinal === null) throw new Error(`${result.type} is not a level of ${of.id}`);
  return ordinal;
}

describe("classification", () => {
  it("never goes down when an indicator turns from no to yes (default rubric)", () => {
    fc.assert(
      fc.property(answers, indicator, (before, key) => {
        const after = { ...before, [key]: true };
        expect(rank(classify(after, PARTNERSHIP_STUDY_RUBRIC), PARTNERSHIP_STUDY_RUBRIC)).toBeGreaterThanOrEqual(
          rank(classify(before, PARTNERSHIP_STUDY_RUBRIC), PARTNERSHIP_STUDY_RUBRIC),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("never goes down when an indicator turns from no to yes, whatever the rubric", () => {
    fc.assert(
      fc.property(rubric, answers, indicator, (generated, before, key) => {
        expect(rank(classify({ ...before, [key]: true }, generated), generated)).toBeGreaterThanOrEqual(
          rank(classify(before, generated), generated),
        );
      }),
    );
  });

  it("is total: every input gets exactly one level, with exactly one reason saying why", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILT_IN_RUBRICS), answers, (builtIn, given) => {
        const result = classify(given, builtIn);
        expect(builtIn.levels.filter((level) => level.key === result.type)).toHaveLength(1);
        expect(result.reasons.filter((reason) => reason.kind === "met")).toEqual([expect.objectContaining({ level: result.type })]);
      }),
    );
    fc.assert(
      fc.property(rubric, answers, (generated, given) => {
        const result = classify(given, generated);
        expect(generated.levels.map((level) => level.key)).toContain(result.type);
        expect(result.complete).toBe(PROJECT_INDICATOR_KEYS.every((key) => typeof given[key] === "boolean"));
      }),
    );
  });

  it("treats not answered exactly as no, apart from the incomplete flag", () => {
    fc.assert(
      fc.property(answers, (given) => {
        const asNo = Object.fromEntries(PROJECT_INDICATOR_KEYS.map((key) => [key, given[key] === true]));
        const withGaps = classify(given, PARTNERSHIP_STUDY_RUBRIC);
        const answered = classify(asNo, PARTNERSHIP_STUDY_RUBRIC);
        expect(withGaps.type).toBe(answered.type);
        expect(withGaps.reasons.filter((reason) => reason.kind !== "incomplete")).toEqual(answered.reasons);
      }),
    );
  });
});
