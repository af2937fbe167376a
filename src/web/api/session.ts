import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GlobalAbilitiesBody } from "../../contracts/abilities.js";
import { sessionSchema, sessionStatusSchema, type Login, type Session } from "../../contracts/auth.js";
import { GLOBAL_ABILITIES } from "../../domain/access/abilities.js";
import type { Language } from "../../domain/vocabulary.js";
import { apiRequest, apiSend, setCsrfToken } from "./client.js";
import { sessionKey } from "./query-client.js";

// Asked of /auth/status, which answers 200 either way: an anonymous visitor's console stays free of a 401.
async function fetchSession(): Promise<Session | null> {
  const status = await apiRequest(sessionStatusSchema, "GET", "/auth/status");
  if (!status.signedIn) {
    setCsrfToken("");
    return null;
  }
  setCsrfToken(status.csrfToken);
  return { user: status.user, csrfToken: status.csrfToken, abilities: status.abilities };
}

/** The signed-in user, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

const NOTHING = Object.fromEntries(GLOBAL_ABILITIES.map((ability) => [ability, false])) as GlobalAbilitiesBody;

/** What the signed-in user may do regardless of any row, as the server says; nothing while unknown. */
export function useAbilities(): GlobalAbilitiesBody {
  return useSession().data?.abilities ?? NOTHING;
}

/** Whether the data page (imports and exports) has anything for the user. */
export function canTransferData(abilities: GlobalAbilitiesBody): boolean {
  return abilities.importInvolvement || abilities.importRegistry || abilities.exportRegistry;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Login) => apiRequest(sessionSchema, "POST", "/auth/login", { body: credentials }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend("POST", "/auth/logout"),
    onSettled: () => {
      setCsrfToken("");
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Language) => apiRequest(sessionSchema, "PATCH", "/auth/me", { body: { locale } }),
    onSuccess: (session) => queryClient.setQueryData(sessionKey, session),
  });
}
