import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { programCompositionSchema, type CompositionDocument } from "../../contracts/coverage.js";
import { apiRequest, apiSend } from "./client.js";

export const compositionKeys = {
  ofProgram: (programId: string) => ["composition", programId] as const,
};

/** Every partnership's coverage is measured against its program's composition. */
const COVERAGE_PREFIX = ["coverage"] as const;

export function useProgramComposition(programId: string) {
  return useQuery({
    queryKey: compositionKeys.ofProgram(programId),
    queryFn: () => apiRequest(programCompositionSchema, "GET", `/programs/${programId}/composition`),
  });
}

export function useSaveComposition(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (composition: CompositionDocument) =>
      apiRequest(programCompositionSchema, "PUT", `/programs/${programId}/composition`, { body: composition }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(compositionKeys.ofProgram(programId), saved);
      await queryClient.invalidateQueries({ queryKey: COVERAGE_PREFIX });
    },
  });
}

export function useResetComposition(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend("DELETE", `/programs/${programId}/composition`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: compositionKeys.ofProgram(programId) }),
        queryClient.invalidateQueries({ queryKey: COVERAGE_PREFIX }),
      ]),
  });
}
