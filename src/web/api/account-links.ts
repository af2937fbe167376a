import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { InvitationAccept, InvitationCreate, PasswordResetConfirm, PasswordResetRequest } from "../../contracts/account-links.js";
import { sessionSchema, userSchema } from "../../contracts/auth.js";
import { apiRequest, apiSend, setCsrfToken } from "./client.js";
import { sessionKey } from "./query-client.js";

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (body: PasswordResetRequest) => apiSend("POST", "/auth/password-reset", { body }) });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: (body: PasswordResetConfirm) => apiSend("POST", "/auth/password-reset/confirm", { body }) });
}

/** Accepting an invitation signs the person in, as signing in does. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationAccept) => apiRequest(sessionSchema, "POST", "/auth/invitations/accept", { body }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

/** Invites a user by email; the users list and the outbox change with it. */
export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationCreate) => apiRequest(userSchema, "POST", "/users/invitations", { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["users"] });
      await queryClient.invalidateQueries({ queryKey: ["mail"] });
    },
  });
}

/** Mails a new invitation link to someone who has not chosen a password yet (the earlier link stops working). */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiRequest(userSchema, "POST", `/users/${userId}/invitations`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["mail"] }),
  });
}
