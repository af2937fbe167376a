import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import {
  instrumentCreatedSchema,
  instrumentDocumentSchema,
  instrumentPageSchema,
  type InstrumentCopy,
} from "../../contracts/instruments.js";
import { apiRequest } from "./client.js";

export const instrumentKeys = {
  all: ["instruments"] as const,
  list: (q: string) => ["instruments", "list", q] as const,
  detail: (id: string, version: number | undefined) => ["instruments", "detail", id, version ?? "latest"] as const,
};

/** Every instrument's latest version, built-in first; there are few, so one page holds them. */
export function useInstruments(q = "") {
  return useQuery({
    queryKey: instrumentKeys.list(q),
    queryFn: () => apiRequest(instrumentPageSchema, "GET", "/instruments", { query: { pageSize: PAGE_SIZE_MAX, q: q || undefined } }),
  });
}

/** One version's document (the latest when none is given); a version never changes once published. */
export function useInstrument(id: string, version?: number) {
  return useQuery({
    queryKey: instrumentKeys.detail(id, version),
    queryFn: () => apiRequest(instrumentDocumentSchema, "GET", `/instruments/${encodeURIComponent(id)}`, { query: { version } }),
    staleTime: version === undefined ? 30_000 : Infinity,
  });
}

/** Adds an instrument or a version; the server checks the document and names every problem. */
export function useCreateInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) => apiRequest(instrumentCreatedSchema, "POST", "/instruments", { body: document }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.all }),
  });
}

export function useCopyInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, copy }: { from: string; copy: InstrumentCopy }) =>
      apiRequest(instrumentCreatedSchema, "POST", `/instruments/${encodeURIComponent(from)}/copy`, { body: copy }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.all }),
  });
}
