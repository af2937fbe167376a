import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { attentionPageSchema } from "../../contracts/attention.js";
import { apiRequest } from "./client.js";

/** What the active partnerships the reader manages need next, most pressing first. */
export function useAttention(page: number, pageSize = 10) {
  return useQuery({
    queryKey: ["attention", { page, pageSize }],
    queryFn: () => apiRequest(attentionPageSchema, "GET", "/attention", { query: { page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}
