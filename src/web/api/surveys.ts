import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { instrumentPageSchema } from "../../contracts/instruments.js";
import {
  programRoundsCreatedSchema,
  respondentPageSchema,
  roundDetailSchema,
  roundPageSchema,
  roundSchema,
  type ProgramRoundCreate,
  type Respondent,
  type RoundCreate,
  type RoundUpdate,
} from "../../contracts/surveys.js";
import { apiRequest, apiSend } from "./client.js";

export const surveyKeys = {
  all: ["surveys"] as const,
  rounds: (partnershipId: string) => ["surveys", "rounds", partnershipId] as const,
  round: (roundId: string) => ["surveys", "round", roundId] as const,
  respondents: (roundId: string) => ["surveys", "respondents", roundId] as const,
  instruments: ["surveys", "instruments"] as const,
};

/** How many respondents a page of the round's list shows. */
export const RESPONDENTS_PAGE_SIZE = 50;

/** While a round is open its response rate is read again this often. */
export const LIVE_INTERVAL_MS = 15_000;

/** The instruments a round may be opened on (every one there is: a handful). */
export function useInstrumentChoices(enabled = true) {
  return useQuery({
    queryKey: surveyKeys.instruments,
    queryFn: () => apiRequest(instrumentPageSchema, "GET", "/instruments", { query: { pageSize: PAGE_SIZE_MAX } }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** A partnership's survey rounds, newest first as the server orders them. */
export function useRounds(partnershipId: string) {
  return useQuery({
    queryKey: surveyKeys.rounds(partnershipId),
    queryFn: () =>
      apiRequest(roundPageSchema, "GET", `/partnerships/${partnershipId}/survey-rounds`, { query: { pageSize: PAGE_SIZE_MAX } }),
  });
}

/** One round with the response rate per organization; read again every 15 s while it is open. */
export function useRound(roundId: string) {
  return useQuery({
    queryKey: surveyKeys.round(roundId),
    queryFn: () => apiRequest(roundDetailSchema, "GET", `/survey-rounds/${roundId}`),
    refetchInterval: (query) => (query.state.data?.status === "open" ? LIVE_INTERVAL_MS : false),
  });
}

/** A page of who was asked in a round, optionally by status; read again with the round while it is open. */
export function useRespondents(roundId: string, status: Respondent["status"] | null, page: number, live: boolean) {
  return useQuery({
    queryKey: [...surveyKeys.respondents(roundId), status, page],
    queryFn: () =>
      apiRequest(respondentPageSchema, "GET", `/survey-rounds/${roundId}/respondents`, {
        query: { page, pageSize: RESPONDENTS_PAGE_SIZE, status },
      }),
    placeholderData: keepPreviousData,
    refetchInterval: live ? LIVE_INTERVAL_MS : false,
  });
}

// A round's change shows in its list, its page and its results, so all of them are read again.
function useRefreshSurveys() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: surveyKeys.all });
}

export function useOpenRound(partnershipId: string) {
  const refresh = useRefreshSurveys();
  return useMutation({
    mutationFn: (body: RoundCreate) => apiRequest(roundSchema, "POST", `/partnerships/${partnershipId}/survey-rounds`, { body }),
    onSuccess: refresh,
  });
}

export function useOpenProgramRounds(programId: string) {
  const refresh = useRefreshSurveys();
  return useMutation({
    mutationFn: (body: ProgramRoundCreate) =>
      apiRequest(programRoundsCreatedSchema, "POST", `/programs/${programId}/survey-rounds`, { body }),
    onSuccess: refresh,
  });
}

export function useUpdateRound(roundId: string) {
  const refresh = useRefreshSurveys();
  return useMutation({
    mutationFn: (body: RoundUpdate) => apiRequest(roundSchema, "PATCH", `/survey-rounds/${roundId}`, { body }),
    onSuccess: refresh,
  });
}

export function useCloseRound(roundId: string) {
  const refresh = useRefreshSurveys();
  return useMutation({
    // Whatever the close answers, the round is read again whole.
    mutationFn: () => apiSend("POST", `/survey-rounds/${roundId}/close`),
    onSuccess: refresh,
  });
}

/** A new personal link for one respondent (the old one stops working), sent by mail. */
export function useSendNewLink(roundId: string) {
  const refresh = useRefreshSurveys();
  return useMutation({
    mutationFn: (respondentId: string) => apiSend("POST", `/survey-rounds/${roundId}/respondents/${respondentId}/link`),
    onSuccess: refresh,
  });
}

export function useRevokeLink(roundId: string) {
  const refresh = useRefreshSurveys();
  return useMutation({
    mutationFn: (respondentId: string) => apiSend("POST", `/survey-rounds/${roundId}/respondents/${respondentId}/revoke`),
    onSuccess: refresh,
  });
}
