import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { commitmentDetailSchema, commitmentPageSchema, type CommitmentCreate, type CommitmentMove } from "../../contracts/commitments.js";
import { apiRequest } from "./client.js";

export type LedgerFilters = { status?: string | null; organizationId?: string | null; axis?: string | null; overdue?: boolean };

export const ledgerKeys = {
  all: ["commitments"] as const,
  of: (partnershipId: string) => ["commitments", "partnership", partnershipId] as const,
  one: (id: string) => ["commitments", "one", id] as const,
};

/** A page of a partnership's commitments, open ones first. */
export function useCommitments(partnershipId: string, filters: LedgerFilters, page: number) {
  return useQuery({
    queryKey: [...ledgerKeys.of(partnershipId), filters, page],
    queryFn: () =>
      apiRequest(commitmentPageSchema, "GET", `/partnerships/${partnershipId}/commitments`, {
        query: {
          page,
          pageSize: 25,
          status: filters.status ?? undefined,
          organizationId: filters.organizationId ?? undefined,
          axis: filters.axis ?? undefined,
          overdue: filters.overdue ? true : undefined,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

/** One commitment with its history. */
export function useCommitment(id: string, enabled = true) {
  return useQuery({
    queryKey: ledgerKeys.one(id),
    queryFn: () => apiRequest(commitmentDetailSchema, "GET", `/commitments/${id}`),
    enabled,
  });
}

function useRefreshLedger() {
  const queryClient = useQueryClient();
  // The accountability figures and meeting reviews read the same commitments.
  return () => queryClient.invalidateQueries();
}

export function usePledge(partnershipId: string) {
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: (body: CommitmentCreate) =>
      apiRequest(commitmentDetailSchema, "POST", `/partnerships/${partnershipId}/commitments`, { body }),
    onSuccess: refresh,
  });
}

export function useMoveCommitment(id: string) {
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: (body: CommitmentMove) => apiRequest(commitmentDetailSchema, "POST", `/commitments/${id}/moves`, { body }),
    onSuccess: refresh,
  });
}
