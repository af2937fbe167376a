import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { z } from "zod";
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

/** A round's individual submitted responses as a file, for an evaluator granted them. */
export function roundResponsesFileUrl(roundId: string, format: "csv" | "xlsx"): string {
  return apiUrl(`/survey-rounds/${roundId}/responses`, { format });
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

// Only what the results need from the document: the options' words. Loose, so that what else the answer carries does not matter.
const localizedSchema = z.object({ en: z.string(), fr: z.string() });
const instrumentOptionsSchema = z.object({
  sections: z.array(
    z.object({
      items: z.array(z.object({ id: z.string(), options: z.array(z.object({ key: z.string(), label: localizedSchema })).optional() })),
    }),
  ),
});
export type InstrumentOptions = Map<string, Map<string, { en: string; fr: string }>>;

/** The words of each choice item's options, for the version a round asked. */
export function useInstrumentOptions(instrumentId: string, version: number) {
  return useQuery({
    queryKey: ["instruments", "options", instrumentId, version],
    queryFn: async (): Promise<InstrumentOptions> => {
      const document = await apiRequest(instrumentOptionsSchema, "GET", `/instruments/${instrumentId}`, { query: { version } });
      const options: InstrumentOptions = new Map();
      for (const item of document.sections.flatMap((section) => section.items)) {
        options.set(item.id, new Map((item.options ?? []).map((option) => [option.key, option.label])));
      }
      return options;
    },
    staleTime: Infinity,
  });
}
