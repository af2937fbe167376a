import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { membershipPageSchema, membershipSchema, type MembershipCreate, type MembershipUpdate } from "../../contracts/memberships.js";
import { apiRequest, apiSend } from "./client.js";
import { coverageKeys } from "./coverage.js";
import { organizationKeys } from "./organizations.js";
import { partnershipKeys } from "./partnerships.js";

export const membershipKeys = {
  of: (partnershipId: string) => ["partnerships", "members", partnershipId] as const,
};

export function useMemberships(partnershipId: string) {
  return useQuery({
    queryKey: membershipKeys.of(partnershipId),
    queryFn: () =>
      apiRequest(membershipPageSchema, "GET", `/partnerships/${partnershipId}/members`, { query: { pageSize: PAGE_SIZE_MAX } }),
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
