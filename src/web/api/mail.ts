import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { mailMessageSchema, mailPageSchema, type MailStatus } from "../../contracts/mail.js";
import { apiRequest } from "./client.js";

export type OutboxFilters = { page?: number; pageSize?: number; status?: MailStatus };

export const mailKeys = {
  all: ["mail"] as const,
  list: (filters: OutboxFilters) => ["mail", "list", filters] as const,
};

export function useOutbox(filters: OutboxFilters) {
  return useQuery({
    queryKey: mailKeys.list(filters),
    queryFn: () => apiRequest(mailPageSchema, "GET", "/mail/messages", { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useRetryMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(mailMessageSchema, "POST", `/mail/messages/${id}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailKeys.all }),
  });
}
