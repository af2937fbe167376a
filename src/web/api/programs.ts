import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { programPageSchema, programSchema, type ProgramUpdate } from "../../contracts/programs.js";
import { apiRequest } from "./client.js";

export type ProgramFilters = { page?: number; pageSize?: number };

export const programKeys = {
  all: ["programs"] as const,
  list: (filters: ProgramFilters) => ["programs", "list", filters] as const,
  detail: (id: string) => ["programs", "detail", id] as const,
};

export function usePrograms(filters: ProgramFilters = { pageSize: PAGE_SIZE_MAX }) {
  return useQuery({
    queryKey: programKeys.list(filters),
    queryFn: () => apiRequest(programPageSchema, "GET", "/programs", { query: filters }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useProgram(id: string) {
  return useQuery({
    queryKey: programKeys.detail(id),
    queryFn: () => apiRequest(programSchema, "GET", `/programs/${id}`),
  });
}

/** Changes a program's fields; its page shows the answer, and lists read it again. */
export function useUpdateProgram(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgramUpdate) => apiRequest(programSchema, "PATCH", `/programs/${id}`, { body }),
    onSuccess: (program) => {
      queryClient.setQueryData(programKeys.detail(id), program);
      void queryClient.invalidateQueries({ queryKey: programKeys.all });
    },
  });
}
