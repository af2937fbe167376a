import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { partnershipAccountabilitySchema } from "../../contracts/accountability.js";
import { apiRequest } from "./client.js";

// Under "partnerships" so that a change to the partnership or its commitments refreshes it too.
export const accountabilityKeys = {
  of: (partnershipId: string, asOf?: string) => ["partnerships", "accountability", partnershipId, asOf ?? "today"] as const,
};

/** One partnership's accountability as of a day (today when none is given). */
export function usePartnershipAccountability(partnershipId: string, asOf?: string) {
  return useQuery({
    queryKey: accountabilityKeys.of(partnershipId, asOf),
    queryFn: () => apiRequest(partnershipAccountabilitySchema, "GET", `/partnerships/${partnershipId}/accountability`, { query: { asOf } }),
    placeholderData: keepPreviousData,
  });
}
