// Validation of rubric documents from outside (the API, a file). Everything a classification relies
// on is checked here once, so classify() can trust any Rubric it is given.
import { z } from "zod";
import { localizedText } from "../localized-text.js";
import { INDICATOR_KEYS, isIndicatorKey, type IndicatorKey } from "./indicators.js";
import { parseCondition, type Problem } from "./condition-parser.js";
import { LEVEL_KEY_PATTERN, RUBRIC_ID_PATTERN, type Rubric, type RubricLevel } from "./rubric.js";
import { rule } from "../validation.js";

const MAX_LEVELS = 12;

export const rubricIdSchema = z
  .string()
  .min(3)
  .max(64)
  .refine((value) => RUBRIC_ID_PATTERN.test(value), rule("rubricId"));

const levelInput = z.strictObject({
  key: z
    .string()
    .max(40)
    .refine((value) => LEVEL_KEY_PATTERN.test(value), rule("key")),
  label: localizedText(80),
  condition: z.unknown().meta({
    description:
      'An indicator key (holds when answered yes), "always" (last level only, required there), {"all": [conditions]}, {"any": [conditions]} or {"atLeast": n, "of": [conditions]}.',
  }),
  rationale: localizedText(1000),
});

const rubricInput = z.strictObject({
  id: rubricIdSchema,
  version: z.number().int().min(1),
  title: localizedText(200),
  indicators: z.array(z.string()).min(1).max(INDICATOR_KEYS.length),
  levels: z.array(levelInput).min(2).max(MAX_LEVELS),
});
type RubricInput = Omit<z.infer<typeof rubricInput>, "version">;

function listedIndicators(input: RubricInput, problems: Problem[]): IndicatorKey[] {
  const listed: IndicatorKey[] = [];
  input.indicators.forEach((key, index) => {
    if (!isIndicatorKey(key)) problems.push({ path: ["indicators", index], key: "unknownIndicator", values: { indicator: key } });
    else if (listed.includes(key)) problems.push({ path: ["indicators", index], key: "indicatorTwice", values: { indicator: key } });
    else listed.push(key);
  });
  return listed;
}

function parsedLevels(input: RubricInput, listed: ReadonlySet<IndicatorKey>, problems: Problem[]): RubricLevel[] {
  const levels: RubricLevel[] = [];
  const last = input.levels.length - 1;
  input.levels.forEach((level, index) => {
    if (input.levels.findIndex((other) => other.key === level.key) < index) {
      problems.push({ path: ["levels", index, "key"], key: "levelKeyTaken", values: { key: level.key } });
    }
    const path = ["levels", index, "condition"];
    const condition = parseCondition(level.condition, listed, path, problems);
    if (condition === "always" && index < last) {
      problems.push({ path, key: "alwaysNotLast" });
    }
    if (condition !== null) levels.push({ key: level.key, label: level.label, condition, rationale: level.rationale });
  });
  const fallback = input.levels[last];
  if (fallback && fallback.condition !== "always" && fallback.condition !== true) {
    problems.push({ path: ["levels"], key: "fallbackMissing" });
  }
  return levels;
}

/** The checks that need the whole document; reports every problem, then yields the rubric without its version. */
function checkedRubric(input: RubricInput, ctx: z.RefinementCtx): Omit<Rubric, "version"> | typeof z.NEVER {
  const problems: Problem[] = [];
  const listed = listedIndicators(input, problems);
  const levels = parsedLevels(input, new Set(listed), problems);
  for (const { path, key, values } of problems) ctx.addIssue({ code: "custom", path, ...rule(key, values), input });
  if (problems.length > 0) return z.NEVER;
  return { id: input.id, title: input.title, indicators: listed, levels };
}

/** A complete rubric document, e.g. rubricDocumentSchema.parse(JSON.parse(stored)). */
export const rubricDocumentSchema = rubricInput.transform((input, ctx): Rubric => {
  const checked = checkedRubric(input, ctx);
  return { ...checked, version: input.version };
});

/** A rubric as submitted for saving: the version may be left for the store to assign. */
export const rubricDraftSchema = rubricInput
  .extend({ version: rubricInput.shape.version.optional() })
  .transform((input, ctx): Omit<Rubric, "version"> & { version?: number } => {
    const checked = checkedRubric(input, ctx);
    return input.version === undefined ? checked : { ...checked, version: input.version };
  });
export type RubricDraft = z.infer<typeof rubricDraftSchema>;
