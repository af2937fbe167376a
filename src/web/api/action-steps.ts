import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  actionProposalsSchema,
  actionStepSchema,
  suggestionPageSchema,
  suggestionSchema,
  type ActionStepCreate,
  type ActionStepUpdate,
  type SuggestionCreate,
  type SuggestionUpdate,
} from "../../contracts/action-steps.js";
import { apiRequest, apiSend } from "./client.js";
import { planKeys } from "./plan.js";

export const actionStepKeys = {
  proposals: (roundId: string, borderline: boolean) => ["survey-rounds", roundId, "action-steps", borderline] as const,
  round: (roundId: string) => ["survey-rounds", roundId, "action-steps"] as const,
  library: ["action-suggestions"] as const,
};

/** The steps a round's weak scores propose (borderline ones too when asked) and the decisions made. */
export function useActionProposals(roundId: string, borderline: boolean) {
  return useQuery({
    queryKey: actionStepKeys.proposals(roundId, borderline),
    queryFn: () => apiRequest(actionProposalsSchema, "GET", `/survey-rounds/${roundId}/action-steps`, { query: { borderline } }),
    placeholderData: keepPreviousData,
  });
}

/** Accepts (an activity in the plan) or dismisses a step; the proposals and the plan are read again. */
export function useDecideStep(roundId: string, partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionStepCreate) => apiRequest(actionStepSchema, "POST", `/survey-rounds/${roundId}/action-steps`, { body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: actionStepKeys.round(roundId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.of(partnershipId) }),
      ]),
  });
}

/** Changes a decided step (a dismissed one accepted after all, or reworded); the proposals and the plan are read again. */
export function useChangeStep(roundId: string, partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stepId, body }: { stepId: string; body: ActionStepUpdate }) =>
      apiRequest(actionStepSchema, "PATCH", `/survey-rounds/${roundId}/action-steps/${stepId}`, { body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: actionStepKeys.round(roundId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.of(partnershipId) }),
      ]),
  });
}

export type SuggestionFilter = { instrument?: string; score?: string; page: number };

export function useSuggestions(filter: SuggestionFilter) {
  return useQuery({
    queryKey: [...actionStepKeys.library, filter],
    queryFn: () =>
      apiRequest(suggestionPageSchema, "GET", "/action-suggestions", {
        query: { instrument: filter.instrument, score: filter.score, page: filter.page, pageSize: 50, hidden: true },
      }),
    placeholderData: keepPreviousData,
  });
}

function useLibraryMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: actionStepKeys.library }) });
}

export function useCreateSuggestion() {
  return useLibraryMutation((body: SuggestionCreate) => apiRequest(suggestionSchema, "POST", "/action-suggestions", { body }));
}

export function useUpdateSuggestion() {
  return useLibraryMutation(({ key, body }: { key: string; body: SuggestionUpdate }) =>
    apiRequest(suggestionSchema, "PATCH", `/action-suggestions/${encodeURIComponent(key)}`, { body }),
  );
}

export function useDeleteSuggestion() {
  return useLibraryMutation((key: string) => apiSend("DELETE", `/action-suggestions/${encodeURIComponent(key)}`));
}
