import { useQueries } from "@tanstack/react-query";
import { findBuiltInRubric } from "../../../domain/typology/built-in-rubrics.js";
import type { RubricRef } from "../../../domain/typology/rubric.js";
import { rubricQuery } from "../../api/rubrics.js";
import { useFormat } from "../../i18n/format.js";

/**
 * Names a stored type in the current language with the level label of the rubric version that gave
 * it. Built-in rubrics are known here; others are read once per version (a version never changes)
 * and, until they arrive, the type's key stands in.
 */
export function useTypeLabel(refs: readonly RubricRef[]): (type: string, rubric: RubricRef) => string {
  const { language } = useFormat();
  const custom = [
    ...new Map(refs.filter((ref) => !findBuiltInRubric(ref.id, ref.version)).map((ref) => [`${ref.id}@${ref.version}`, ref])).values(),
  ];
  const fetched = useQueries({
    queries: custom.map((ref) => rubricQuery(ref.id, ref.version)),
  });
  return (type, rubric) => {
    const levels =
      findBuiltInRubric(rubric.id, rubric.version)?.levels ??
      fetched.find((query) => query.data?.id === rubric.id && query.data.version === rubric.version)?.data?.levels;
    return levels?.find((level) => level.key === type)?.label[language] ?? type;
  };
}
