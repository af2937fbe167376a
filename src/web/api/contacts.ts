import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { contactPageSchema, contactSchema, type ContactCreate, type ContactUpdate } from "../../contracts/contacts.js";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { apiRequest, apiSend } from "./client.js";

export const contactKeys = {
  of: (organizationId: string) => ["organizations", "contacts", organizationId] as const,
};

/**
 * An organization's contacts; organizations keep a handful, so one full page is enough. Asked only
 * when `allowed` (the organization's `readContacts` ability, where the caller knows it).
 */
export function useContacts(organizationId: string | null | undefined, allowed = true) {
  return useQuery({
    queryKey: contactKeys.of(organizationId ?? ""),
    queryFn: () =>
      apiRequest(contactPageSchema, "GET", `/organizations/${organizationId ?? ""}/contacts`, { query: { pageSize: PAGE_SIZE_MAX } }),
    enabled: Boolean(organizationId) && allowed,
  });
}

export function useSaveContact(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ContactCreate | ContactUpdate }) =>
      id
        ? apiRequest(contactSchema, "PATCH", `/organizations/${organizationId}/contacts/${id}`, { body })
        : apiRequest(contactSchema, "POST", `/organizations/${organizationId}/contacts`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.of(organizationId) }),
  });
}

export function useDeleteContact(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend("DELETE", `/organizations/${organizationId}/contacts/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.of(organizationId) }),
  });
}
