import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { defaultRubricSchema, rubricPageSchema, rubricSchema, type RubricBody } from "../../contracts/typology.js";
import type { RubricDraft } from "../../domain/typology/rubric-schema.js";
import { apiRequest } from "./client.js";

export const rubricKeys = {
  all: ["rubrics"] as const,
  list: () => ["rubrics", "list"] as const,
  detail: (id: string, version: number | undefined) => ["rubrics", "detail", id, version ?? "latest"] as const,
  ofProgram: (programId: string) => ["rubrics", "program", programId] as const,
};

/** The latest version of every rubric, built-in first; there are few, so one page holds them all. */
export function useRubrics() {
  return useQuery({
    queryKey: rubricKeys.list(),
    queryFn: () => apiRequest(rubricPageSchema, "GET", "/rubrics", { query: { pageSize: PAGE_SIZE_MAX } }),
  });
}

/** One version of a rubric (the latest when none is given); a version never changes once saved. */
export function rubricQuery(id: string, version?: number) {
  return queryOptions({
    queryKey: rubricKeys.detail(id, version),
    queryFn: () => apiRequest(rubricSchema, "GET", `/rubrics/${encodeURIComponent(id)}`, { query: { version } }),
    staleTime: version === undefined ? 30_000 : Infinity,
  });
}

export function useRubric(id: string, version?: number) {
  return useQuery(rubricQuery(id, version));
}

export function useProgramRubric(programId: string) {
  return useQuery({
    queryKey: rubricKeys.ofProgram(programId),
    queryFn: () => apiRequest(defaultRubricSchema, "GET", `/programs/${programId}/default-rubric`),
  });
}

export function useChooseProgramRubric(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rubricId: string) =>
      apiRequest(defaultRubricSchema, "PUT", `/programs/${programId}/default-rubric`, { body: { rubricId } }),
    onSuccess: (chosen) => queryClient.setQueryData(rubricKeys.ofProgram(programId), chosen),
  });
}

export function useCreateRubric() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: RubricDraft): Promise<RubricBody> => apiRequest(rubricSchema, "POST", "/rubrics", { body: draft }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rubricKeys.list() }),
  });
}
