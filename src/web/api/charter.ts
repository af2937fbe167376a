import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { charterRevisionPageSchema, charterRevisionSchema, charterSchema, type CharterSave } from "../../contracts/charter.js";
import { apiRequest, apiUrl } from "./client.js";

export const charterKeys = {
  all: ["charter"] as const,
  of: (partnershipId: string) => ["charter", partnershipId] as const,
  revisions: (partnershipId: string, page: number) => ["charter", partnershipId, "revisions", page] as const,
  revision: (partnershipId: string, version: number) => ["charter", partnershipId, "revision", version] as const,
};

export function useCharter(partnershipId: string) {
  return useQuery({
    queryKey: charterKeys.of(partnershipId),
    queryFn: () => apiRequest(charterSchema, "GET", `/partnerships/${partnershipId}/charter`),
  });
}

export function useCharterRevisions(partnershipId: string, page: number) {
  return useQuery({
    queryKey: charterKeys.revisions(partnershipId, page),
    queryFn: () =>
      apiRequest(charterRevisionPageSchema, "GET", `/partnerships/${partnershipId}/charter/revisions`, { query: { page, pageSize: 10 } }),
    placeholderData: keepPreviousData,
  });
}

export function useCharterRevision(partnershipId: string, version: number | null) {
  return useQuery({
    queryKey: charterKeys.revision(partnershipId, version ?? 0),
    queryFn: () => apiRequest(charterRevisionSchema, "GET", `/partnerships/${partnershipId}/charter/revisions/${version ?? 0}`),
    enabled: version !== null,
  });
}

export function useSaveCharter(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CharterSave) => apiRequest(charterSchema, "PUT", `/partnerships/${partnershipId}/charter`, { body }),
    onSuccess: (charter) => {
      queryClient.setQueryData(charterKeys.of(partnershipId), charter);
      return queryClient.invalidateQueries({ queryKey: charterKeys.all });
    },
  });
}

/** The printable charter's address, in the language the reader uses here. */
export function charterPdfUrl(partnershipId: string, language: string): string {
  return apiUrl(`/partnerships/${partnershipId}/charter.pdf`, { language });
}
