import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { tokenPageSchema, userPageSchema, userSchema, type UserUpdate } from "../../contracts/auth.js";
import { TOKENS_PAGE_SIZE } from "./account.js";
import type { Role } from "../../domain/vocabulary.js";
import { apiRequest, apiSend } from "./client.js";

export type UserFilters = { q?: string; role?: Role; disabled?: boolean; page?: number; pageSize?: number };

export const userKeys = {
  all: ["users"] as const,
  list: (filters: UserFilters) => ["users", "list", filters] as const,
  detail: (id: string) => ["users", "detail", id] as const,
  tokens: (id: string) => ["users", "tokens", id] as const,
  tokensPage: (id: string, page: number) => ["users", "tokens", id, page] as const,
};

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: () => apiRequest(userPageSchema, "GET", "/users", { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: userKeys.detail(id), queryFn: () => apiRequest(userSchema, "GET", `/users/${id}`) });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserUpdate) => apiRequest(userSchema, "PATCH", `/users/${id}`, { body }),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(id), user);
      void queryClient.invalidateQueries({ queryKey: ["users", "list"] });
    },
  });
}

/** A user's live API tokens, a page at a time. */
export function useUserTokens(id: string, page: number) {
  return useQuery({
    queryKey: userKeys.tokensPage(id, page),
    queryFn: () => apiRequest(tokenPageSchema, "GET", `/users/${id}/tokens`, { query: { page, pageSize: TOKENS_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}

export function useRevokeUserToken(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => apiSend("DELETE", `/users/${id}/tokens/${tokenId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.tokens(id) }),
  });
}
