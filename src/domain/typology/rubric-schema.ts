// Validation of rubric documents from outside (the API, a file). Everything a classification relies
// on is checked here once, so classify() can trust any Rubric it is given.
import { z } from "zod";
import { localizedText } from "../localized-text.js";
import { INDICATOR_KEYS, isIndicatorKey, type IndicatorKey } from "./indicators.js";
import { parseCondition, type Problem } from "./condition-parser.js";
import { LEVEL_KEY_PATTERN, RUBRIC_ID_PATTERN, type Rubric, type RubricLevel } from "./rubric.js";

const MAX_LEVELS = 12;

export const rubricIdSchema = z
  .string({ error: "must be text" })
  .min(3, { error: "must be at least 3 characters" })
  .max(64, { error: "must be at most 64 characters" })
  .regex(RUBRIC_ID_PATTERN, { error: "must be lowercase letters and digits in words joined by -" });

const levelInput = z.object({
  key: z
    .string({ error: "must be text" })
    .max(40, { error: "must be at most 40 characters" })
    .regex(LEVEL_KEY_PATTERN, { error: "must start with a lowercase letter and hold only lowercase letters, digits and _" }),
  label: localizedText(80),
  condition: z.unknown().meta({
    description:
      'An indicator key (holds when answered yes), "always" (last level only, required there), {"all": [conditions]}, {"any": [conditions]} or {"atLeast": n, "of": [conditions]}.',
  }),
  rationale: localizedText(1000),
});

const rubricInput = z.object({
  id: rubricIdSchema,
  version: z.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" }),
  title: localizedText(200),
  indicators: z
    .array(z.string({ error: "must be text" }), { error: "must be a list of indicator keys" })
    .min(1, { error: "must list at least one indicator" })
    .max(INDICATOR_KEYS.length, { error: `must list at most ${INDICATOR_KEYS.length} indicators` }),
  levels: z
    .array(levelInput, { error: "must be a list of levels" })
    .min(2, { error: "must hold at least one level and the fallback level" })
    .max(MAX_LEVELS, { error: `must hold at most ${MAX_LEVELS} levels` }),
});
type RubricInput = Omit<z.infer<typeof rubricInput>, "version">;

function listedIndicators(input: RubricInput, problems: Problem[]): IndicatorKey[] {
  const listed: IndicatorKey[] = [];
  input.indicators.forEach((key, index) => {
    if (!isIndicatorKey(key)) problems.push({ path: ["indicators", index], message: `"${key}" is not a known indicator` });
    else if (listed.includes(key)) problems.push({ path: ["indicators", index], message: `lists "${key}" twice` });
    else listed.push(key);
  });
  return listed;
}

function parsedLevels(input: RubricInput, listed: ReadonlySet<IndicatorKey>, problems: Problem[]): RubricLevel[] {
  const levels: RubricLevel[] = [];
  const last = input.levels.length - 1;
  input.levels.forEach((level, index) => {
    if (input.levels.findIndex((other) => other.key === level.key) < index) {
      problems.push({ path: ["levels", index, "key"], message: `"${level.key}" is already the key of an earlier level` });
    }
    const path = ["levels", index, "condition"];
    const condition = parseCondition(level.condition, listed, path, problems);
    if (condition === "always" && index < last) {
      problems.push({ path, message: '"always" belongs to the last level only; the levels after this one could never be reached' });
    }
    if (condition !== null) levels.push({ key: level.key, label: level.label, condition, rationale: level.rationale });
  });
  const fallback = input.levels[last];
  if (fallback && fallback.condition !== "always" && fallback.condition !== true) {
    problems.push({
      path: ["levels"],
      message: 'must end with a fallback level whose condition is "always", so that every answer gets a type',
    });
  }
  return levels;
}

/** The checks that need the whole document; reports every problem, then yields the rubric without its version. */
function checkedRubric(input: RubricInput, ctx: z.RefinementCtx): Omit<Rubric, "version"> | typeof z.NEVER {
  const problems: Problem[] = [];
  const listed = listedIndicators(input, problems);
  const levels = parsedLevels(input, new Set(listed), problems);
  for (const problem of problems) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message, input });
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
