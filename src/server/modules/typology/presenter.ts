import type { DefaultRubric, RubricBody } from "../../../contracts/typology.js";
import type { Rubric } from "../../../domain/typology/rubric.js";

export function presentRubric(rubric: Rubric, stored: { createdAt: string } | null): RubricBody {
  return {
    id: rubric.id,
    version: rubric.version,
    title: rubric.title,
    indicators: rubric.indicators,
    levels: rubric.levels.map((level) => ({ key: level.key, label: level.label, condition: level.condition, rationale: level.rationale })),
    isBuiltIn: stored === null,
    createdAt: stored?.createdAt ?? null,
  };
}

export function presentDefaultRubric(programId: string, rubric: Rubric, setAt: string | null, canChoose: boolean): DefaultRubric {
  return { programId, rubric: { id: rubric.id, version: rubric.version, title: rubric.title }, setAt, abilities: { update: canChoose } };
}
