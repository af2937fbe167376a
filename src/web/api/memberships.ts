import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { membershipPageSchema, membershipSchema, type MembershipCreate, type MembershipUpdate } from "../../contracts/memberships.js";
import { apiRequest, apiSend } from "./client.js";
import { coverageKeys } from "./coverage.js";
import { organizationKeys } from "./organizations.js";
import { partnershipKeys } from "./partnerships.js";

export const membershipKeys = {
  of: (partnershipId: string) => ["partnerships", "members", partnershipId] as const,
  page: (partnershipId: string, page: number) => [...membershipKeys.of(partnershipId), "page", page] as const,
  one: (partnershipId: string, membershipId: string) => [...membershipKeys.of(partnershipId), "one", membershipId] as const,
};

/** A page of a partnership's members (the largest page the API gives). */
export function useMemberships(partnershipId: string, page = 1) {
  return useQuery({
    queryKey: membershipKeys.page(partnershipId, page),
    queryFn: () =>
      apiRequest(membershipPageSchema, "GET", `/partnerships/${partnershipId}/members`, { query: { page, pageSize: PAGE_SIZE_MAX } }),
    placeholderData: keepPreviousData,
  });
}

/** One member of a partnership, with what the reader may do with it. */
export function useMembership(partnershipId: string, membershipId: string) {
  return useQuery({
    queryKey: membershipKeys.one(partnershipId, membershipId),
    queryFn: () => apiRequest(membershipSchema, "GET", `/partnerships/${partnershipId}/members/${membershipId}`),
  });
}

// Member counts show on partnerships and organizations alike, and members make up the coverage, so all are refreshed.
function useRefreshAfterMembershipChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membershipKeys.of(partnershipId) }),
      queryClient.invalidateQueries({ queryKey: coverageKeys.partnership(partnershipId) }),
      queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
      queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
    ]);
}

export function useAddMember(partnershipId: string) {
  const refresh = useRefreshAfterMembershipChange(partnershipId);
  return useMutation({
    mutationFn: (body: MembershipCreate) => apiRequest(membershipSchema, "POST", `/partnerships/${partnershipId}/members`, { body }),
    onSuccess: refresh,
  });
}

export function useUpdateMember(partnershipId: string) {
  const refresh = useRefreshAfterMembershipChange(partnershipId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MembershipUpdate }) =>
      apiRequest(membershipSchema, "PATCH", `/partnerships/${partnershipId}/members/${id}`, { body }),
    onSuccess: refresh,
  });
}

export function useRemoveMember(partnershipId: string) {
  const refresh = useRefreshAfterMembershipChange(partnershipId);
  return useMutation({
    mutationFn: (id: string) => apiSend("DELETE", `/partnerships/${partnershipId}/members/${id}`),
    onSuccess: refresh,
  });
}

/** Confirms, for the member organization, that it takes part (its users and administrators). */
export function useConfirmMember(partnershipId: string) {
  const refresh = useRefreshAfterMembershipChange(partnershipId);
  return useMutation({
    mutationFn: (id: string) => apiRequest(membershipSchema, "POST", `/partnerships/${partnershipId}/members/${id}/confirm`),
    onSuccess: refresh,
  });
}
