import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import {
  involvementPageSchema,
  involvementRecordSchema,
  perceptionGapPageSchema,
  reclassifyResultSchema,
  type InvolvementUpsert,
  type Perspective,
} from "../../contracts/involvement.js";
import { apiRequest } from "./client.js";
import { reportKeys } from "./reports.js";

export const involvementKeys = {
  all: ["involvement"] as const,
  ofMember: (partnershipId: string, membershipId: string) => ["involvement", "member", partnershipId, membershipId] as const,
  gaps: (partnershipId: string, round: string) => ["involvement", "gaps", partnershipId, round] as const,
};

/** Every record of a member: both perspectives, every round. */
export function useInvolvement(partnershipId: string, membershipId: string) {
  return useQuery({
    queryKey: involvementKeys.ofMember(partnershipId, membershipId),
    queryFn: () =>
      apiRequest(involvementPageSchema, "GET", `/partnerships/${partnershipId}/members/${membershipId}/involvement`, {
        query: { pageSize: PAGE_SIZE_MAX },
      }),
  });
}

/** Members whose two perspectives differ in a round, widest gap first. */
export function usePerceptionGaps(partnershipId: string, round: string) {
  return useQuery({
    queryKey: involvementKeys.gaps(partnershipId, round),
    queryFn: () =>
      apiRequest(perceptionGapPageSchema, "GET", `/partnerships/${partnershipId}/perception-gaps`, {
        query: { round, pageSize: PAGE_SIZE_MAX },
      }),
  });
}

type SaveInput = { perspective: Perspective; round: string; body: InvolvementUpsert };

// A saved answer changes both the member's records and the partnership's gaps.
export function useSaveInvolvement(partnershipId: string, membershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ perspective, round, body }: SaveInput) =>
      apiRequest(
        involvementRecordSchema,
        "PUT",
        `/partnerships/${partnershipId}/members/${membershipId}/involvement/${perspective}/${encodeURIComponent(round)}`,
        {
          body,
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: involvementKeys.all }),
  });
}

/** Classifies every record of a partnership again with its program's current rubric. */
export function useReclassify(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(reclassifyResultSchema, "POST", `/partnerships/${partnershipId}/involvement/reclassify`, { body: {} }),
    // Types change in the records, the gaps and the reports built from them.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: involvementKeys.all }),
        queryClient.invalidateQueries({ queryKey: reportKeys.all }),
      ]),
  });
}
