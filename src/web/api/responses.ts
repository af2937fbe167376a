import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { responseFormSchema, responseSavedSchema } from "../../contracts/surveys.js";
import type { Language } from "../../domain/vocabulary.js";
import type { SentAnswers } from "../components/surveys/respond/answers.js";
import { apiRequest } from "./client.js";

export const responseKeys = {
  all: (token: string) => ["responses", token] as const,
  /** `null`: in the language the respondent prefers, as the server knows it. */
  form: (token: string, language: Language | null) => ["responses", token, language ?? "preferred"] as const,
};

const path = (token: string) => `/responses/${encodeURIComponent(token)}`;

/**
 * The form behind a personal link, in the language asked for (the respondent's own when none), with the
 * answers saved so far. While another language loads, the previous one stays on screen.
 */
export function useResponseForm(token: string, language: Language | null) {
  return useQuery({
    queryKey: responseKeys.form(token, language),
    queryFn: () => apiRequest(responseFormSchema, "GET", path(token), { query: { language } }),
    placeholderData: keepPreviousData,
    // The answers on screen are the respondent's; a refetch must never replace them behind their back.
    staleTime: Infinity,
  });
}

/** Saves answers as they are given (partial is fine; null clears one). */
export function saveAnswers(token: string, answers: SentAnswers) {
  return apiRequest(responseSavedSchema, "PUT", path(token), { body: { answers } });
}

/** Submits, with the answers on screen so that nothing still waiting to be saved is left out. */
export function useSubmitResponse(token: string) {
  return useMutation({
    mutationFn: (answers: SentAnswers) => apiRequest(responseSavedSchema, "POST", `${path(token)}/submit`, { body: { answers } }),
  });
}
