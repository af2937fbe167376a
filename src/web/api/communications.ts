import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  communicationPageSchema,
  communicationSchema,
  type CommunicationChannelFilter,
  type CommunicationCreate,
} from "../../contracts/communications.js";
import { apiRequest, apiSend } from "./client.js";

export const communicationKeys = {
  of: (partnershipId: string) => ["partnerships", "communications", partnershipId] as const,
};

export type CommunicationFilters = { channel: CommunicationChannelFilter | null; organizationId: string | null; from: string; to: string };

/** A page of a partnership's log, newest first. */
export function useCommunications(partnershipId: string, filters: CommunicationFilters, page = 1) {
  return useQuery({
    queryKey: [...communicationKeys.of(partnershipId), filters, page],
    queryFn: () =>
      apiRequest(communicationPageSchema, "GET", `/partnerships/${partnershipId}/communications`, {
        query: {
          page,
          pageSize: 25,
          channel: filters.channel,
          organizationId: filters.organizationId,
          from: filters.from || null,
          to: filters.to || null,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useLogContact(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommunicationCreate) =>
      apiRequest(communicationSchema, "POST", `/partnerships/${partnershipId}/communications`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communicationKeys.of(partnershipId) }),
  });
}

export function useDeleteContact(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => apiSend("DELETE", `/communications/${id}`, { query: { version } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communicationKeys.of(partnershipId) }),
  });
}
