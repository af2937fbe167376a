import { z } from "zod";
import { INDICATOR_KEYS, type IndicatorKey } from "../domain/typology/indicators.js";
import { rubricDraftSchema, rubricIdSchema } from "../domain/typology/rubric-schema.js";
import { parseCondition } from "../domain/typology/condition-parser.js";
import type { Condition } from "../domain/typology/rubric.js";
import { settingAbilitiesSchema } from "./abilities.js";
import { idSchema, pageOf, paginationQuerySchema } from "./common.js";
import { rule, type ValidationKey } from "../domain/validation.js";

export { rubricIdSchema };

/**
 * Answers keyed by indicator: true (yes), false (no) or null (not answered). Every unknown key and
 * every value that is not a boolean or null is reported under its own key, so that a typo such as
 * "support_leter" comes back as the field "indicators.support_leter".
 */
export function indicatorAnswersSchema<K extends IndicatorKey>(keys: readonly K[], unknownKey: ValidationKey) {
  return z
    .record(z.string(), z.unknown())
    .transform((value, ctx) => {
      const answers: Partial<Record<K, boolean | null>> = {};
      for (const [key, answer] of Object.entries(value)) {
        const known = keys.find((candidate) => candidate === key);
        if (known === undefined) ctx.addIssue({ code: "custom", path: [key], ...rule(unknownKey), input: value });
        else if (answer !== true && answer !== false && answer !== null) {
          ctx.addIssue({ code: "custom", path: [key], ...rule("answer"), input: value });
        } else answers[known] = answer;
      }
      return answers;
    })
    .meta({ description: `Indicator answers: ${keys.join(", ")}; each true, false or null (not answered).` });
}

export const classifyRequestSchema = z.strictObject({
  indicators: indicatorAnswersSchema(INDICATOR_KEYS, "notIndicator"),
  /** A rubric id (latest version); the built-in partnership-study-2002 when omitted. */
  rubric: rubricIdSchema.optional(),
});
export type ClassifyRequest = z.infer<typeof classifyRequestSchema>;

const localizedSchema = z.object({ en: z.string(), fr: z.string() });

export const rubricRefSchema = z.object({ id: z.string(), version: z.number().int() });

export const reasonSchema = z.object({
  kind: z.enum(["met", "missing", "incomplete"]),
  level: z.string(),
  indicators: z.array(z.enum(INDICATOR_KEYS)),
  text: localizedSchema,
});

export const classificationSchema = z.object({
  type: z.string(),
  rubric: rubricRefSchema,
  complete: z.boolean(),
  reasons: z.array(reasonSchema),
});
export type ClassificationBody = z.infer<typeof classificationSchema>;

const ALL_INDICATORS = new Set(INDICATOR_KEYS);

// Described in words rather than as a recursive schema, which the OpenAPI document could only give
// as a reference to a component it does not define.
const conditionSchema = z
  .custom<Condition>((value) => parseCondition(value, ALL_INDICATORS, [], []) !== null, rule("condition"))
  .meta({
    description:
      'An indicator key (holds when answered yes), "always" (last level only), {"all": [conditions]}, {"any": [conditions]} or {"atLeast": n, "of": [conditions]}.',
  });

export const rubricSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: localizedSchema,
  indicators: z.array(z.enum(INDICATOR_KEYS)),
  levels: z.array(z.object({ key: z.string(), label: localizedSchema, condition: conditionSchema, rationale: localizedSchema })),
  /** Built-in rubrics ship with Convene and cannot be changed. */
  isBuiltIn: z.boolean(),
  createdAt: z.string().nullable(),
});
export type RubricBody = z.infer<typeof rubricSchema>;

/** A new rubric, or a new version of a stored one; give `version` to make sure no one saved another version first. */
export const rubricCreateSchema = rubricDraftSchema;
export const rubricListQuerySchema = paginationQuerySchema;
export const rubricPageSchema = pageOf(rubricSchema);
export const rubricParamsSchema = z.object({ id: rubricIdSchema });
export const rubricVersionQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
});

export const defaultRubricUpdateSchema = z.strictObject({ rubricId: rubricIdSchema });

export const defaultRubricSchema = z.object({
  programId: idSchema,
  rubric: z.object({ id: z.string(), version: z.number().int(), title: localizedSchema }),
  /** When the program's rubric was chosen; null while the built-in default applies. */
  setAt: z.string().nullable(),
  /** `update`: whether the caller may choose another rubric. */
  abilities: settingAbilitiesSchema,
});
export type DefaultRubric = z.infer<typeof defaultRubricSchema>;
