import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { messageOfIssue } from "../validation.js";
import { BUILT_IN_RUBRICS, findBuiltInRubric, isBuiltInRubricId, latestBuiltInRubrics } from "./built-in-rubrics.js";
import { rubricDocumentSchema, rubricDraftSchema } from "./rubric-schema.js";

/** An issue as "path: key", with its values when it has any. */
function described(issue: z.core.$ZodIssue, input: unknown): string {
  const { key, values } = messageOfIssue(issue, { value: input });
  return `${issue.path.join(".")}: ${key}${values ? ` ${JSON.stringify(values)}` : ""}`;
}

const text = { en: "Text", fr: "Texte" };

function document(overrides: Record<string, unknown> = {}) {
  return {
    id: "city-pilot",
    version: 1,
    title: { en: "City pilot", fr: "Projet pilote municipal" },
    indicators: ["shared_decision_making", "coordinated_activities"],
    levels: [
      { key: "close", label: text, condition: { all: ["shared_decision_making", "coordinated_activities"] }, rationale: text },
      { key: "some", label: text, condition: { any: ["shared_decision_making", "coordinated_activities"] }, rationale: text },
      { key: "none", label: text, condition: "always", rationale: text },
    ],
    ...overrides,
  };
}

function problemsOf(value: unknown) {
  const result = rubricDocumentSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => described(issue, value));
}

describe("rubric documents", () => {
  it("accept the built-in rubrics unchanged", () => {
    for (const rubric of BUILT_IN_RUBRICS) expect(rubricDocumentSchema.parse(JSON.parse(JSON.stringify(rubric)))).toEqual(rubric);
  });

  it("accept a valid document and read true as always", () => {
    const levels = document().levels.map((level, index) => (index === 2 ? { ...level, condition: true } : level));
    expect(rubricDocumentSchema.parse(document({ levels })).levels[2]?.condition).toBe("always");
  });

  it("reject an unknown indicator, naming where it is", () => {
    expect(problemsOf(document({ indicators: ["shared_decision_making", "coordinated_activities", "sharred"] }))).toEqual([
      'indicators.2: unknownIndicator {"indicator":"sharred"}',
    ]);
    const levels = document().levels.map((level, index) =>
      index === 1 ? { ...level, condition: { any: ["coordinated_activities", "sharred"] } } : level,
    );
    expect(problemsOf(document({ levels }))).toEqual(['levels.1.condition.any.1: unknownIndicator {"indicator":"sharred"}']);
  });

  it("reject a condition on an indicator the rubric does not list", () => {
    const levels = document().levels.map((level, index) => (index === 0 ? { ...level, condition: "reporting_results" } : level));
    expect(problemsOf(document({ levels }))).toEqual(['levels.0.condition: indicatorNotListed {"indicator":"reporting_results"}']);
  });

  it("reject empty levels and a rubric without a fallback", () => {
    expect(problemsOf(document({ levels: [] }))).toEqual(['levels: tooFew {"count":2}']);
    const [close, some] = document().levels;
    expect(problemsOf(document({ levels: [close, some] }))).toEqual(["levels: fallbackMissing"]);
  });

  it("reject a fallback that hides the levels after it", () => {
    const [close, some, none] = document().levels;
    expect(problemsOf(document({ levels: [close, none, some] }))).toEqual(["levels.1.condition: alwaysNotLast", "levels: fallbackMissing"]);
  });

  it("reject repeated keys, malformed combinations and impossible counts", () => {
    const levels = [
      { key: "some", label: text, condition: { any: [] }, rationale: text },
      { key: "some", label: text, condition: { atLeast: 3, of: ["shared_decision_making", "coordinated_activities"] }, rationale: text },
      { key: "odd", label: text, condition: { all: ["coordinated_activities"], any: ["coordinated_activities"] }, rationale: text },
      { key: "none", label: text, condition: "always", rationale: text },
    ];
    expect(
      problemsOf(document({ levels, indicators: ["coordinated_activities", "coordinated_activities", "shared_decision_making"] })),
    ).toEqual([
      'indicators.1: indicatorTwice {"indicator":"coordinated_activities"}',
      "levels.0.condition.any: conditionParts",
      'levels.1.key: levelKeyTaken {"key":"some"}',
      'levels.1.condition.atLeast: atLeastExceeds {"count":2}',
      "levels.2.condition: conditionShape",
    ]);
  });

  it("reject conditions nested too deeply", () => {
    let condition: unknown = "coordinated_activities";
    for (let depth = 0; depth < 10; depth += 1) condition = { any: [condition] };
    const levels = [{ key: "deep", label: text, condition, rationale: text }, document().levels[2]];
    expect(problemsOf(document({ levels }))[0]).toMatch(/: conditionTooDeep \{"count":8\}$/);
  });

  it("require both languages and a well-formed id", () => {
    expect(problemsOf(document({ id: "City Pilot", title: { en: "Only English" } }))).toEqual(["id: rubricId", "title.fr: required"]);
  });

  it("leave the version of a draft to the store", () => {
    const { version: _version, ...draft } = document();
    expect(rubricDraftSchema.parse(draft)).not.toHaveProperty("version");
    expect(rubricDocumentSchema.safeParse(draft).success).toBe(false);
  });
});

describe("built-in rubrics", () => {
  it("are found by id, latest version first", () => {
    expect(isBuiltInRubricId("partnership-study-2002")).toBe(true);
    expect(isBuiltInRubricId("city-pilot")).toBe(false);
    expect(findBuiltInRubric("national-study-2002")?.levels.map((level) => level.key)).toEqual([
      "collaborative",
      "consultative",
      "instrumental_contributory",
      "none",
    ]);
    expect(findBuiltInRubric("partnership-study-2002", 2)).toBeUndefined();
    expect(latestBuiltInRubrics().map((rubric) => rubric.id)).toEqual(["partnership-study-2002", "national-study-2002"]);
  });
});
