import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { programResultsSchema, surveyResultsSchema } from "../../contracts/surveys.js";
import { apiRequest, apiUrl } from "./client.js";
import { LIVE_INTERVAL_MS, surveyKeys } from "./surveys.js";

export type ProgramResultsFilters = { instrument: string; label?: string };

/** A round's results (withheld below its threshold); read again with the round while it is open. */
export function useRoundResults(roundId: string, live: boolean) {
  return useQuery({
    queryKey: [...surveyKeys.round(roundId), "results"],
    queryFn: () => apiRequest(surveyResultsSchema, "GET", `/survey-rounds/${roundId}/results`),
    refetchInterval: live ? LIVE_INTERVAL_MS : false,
  });
}

/** The address of a round's results as a file: plain links, so the browser downloads them with the session cookie. */
export function roundResultsFileUrl(roundId: string, format: "csv" | "xlsx" | "pdf"): string {
  return apiUrl(`/survey-rounds/${roundId}/results`, { format });
}

/** One instrument (and round label) across a program's partnerships. */
export function useProgramResults(programId: string, filters: ProgramResultsFilters | null) {
  return useQuery({
    queryKey: [...surveyKeys.all, "program", programId, filters],
    queryFn: () =>
      apiRequest(programResultsSchema, "GET", `/programs/${programId}/survey-results`, {
        query: { instrument: filters?.instrument, label: filters?.label },
      }),
    enabled: Boolean(filters?.instrument),
    placeholderData: keepPreviousData,
  });
}

export function programResultsFileUrl(programId: string, filters: ProgramResultsFilters, format: "csv" | "xlsx"): string {
  return apiUrl(`/programs/${programId}/survey-results`, { instrument: filters.instrument, label: filters.label, format });
}
