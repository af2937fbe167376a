import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { programPageSchema, programSchema } from "../../contracts/programs.js";
import { apiRequest } from "./client.js";

export type ProgramFilters = { page?: number; pageSize?: number };

export const programKeys = {
  all: ["programs"] as const,
  list: (filters: ProgramFilters) => ["programs", "list", filters] as const,
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
    queryKey: [...programKeys.all, "detail", id] as const,
    queryFn: () => apiRequest(programSchema, "GET", `/programs/${id}`),
  });
}
