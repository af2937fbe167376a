import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { accountSchema, type AccountUpdate, type PasswordChange } from "../../contracts/account.js";
import { sessionSchema, tokenCreatedSchema, tokenPageSchema, type TokenCreate } from "../../contracts/auth.js";
import { apiRequest, apiSend } from "./client.js";
import { sessionKey } from "./query-client.js";
import { useSession } from "./session.js";

export const accountKeys = {
  account: ["account"] as const,
  tokens: ["account", "tokens"] as const,
  tokensPage: (page: number) => ["account", "tokens", page] as const,
};

export const TOKENS_PAGE_SIZE = 20;

/** The signed-in person's account and what they may do beyond it (e.g. manage users). */
export function useAccount() {
  const signedIn = Boolean(useSession().data);
  return useQuery({
    queryKey: accountKeys.account,
    queryFn: () => apiRequest(accountSchema, "GET", "/account"),
    enabled: signedIn,
    staleTime: 5 * 60_000,
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountUpdate) => apiRequest(accountSchema, "PATCH", "/account", { body }),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountKeys.account, account);
      // The header shows the name and the app follows the language: both come from the session.
      queryClient.setQueryData(sessionKey, await apiRequest(sessionSchema, "GET", "/auth/session"));
    },
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: PasswordChange) => apiSend("POST", "/account/password", { body }) });
}

export function useOwnTokens(page: number) {
  return useQuery({
    queryKey: accountKeys.tokensPage(page),
    queryFn: () => apiRequest(tokenPageSchema, "GET", "/tokens", { query: { page, pageSize: TOKENS_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreate) => apiRequest(tokenCreatedSchema, "POST", "/tokens", { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useRevokeOwnToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend("DELETE", `/tokens/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}
