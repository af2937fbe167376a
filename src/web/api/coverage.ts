import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { coverageSchema } from "../../contracts/coverage.js";
import { apiRequest } from "./client.js";

// Under "partnerships" so that editing a partnership (its priority groups and issues decide who is
// most affected) refreshes its coverage too.
export const coverageKeys = {
  /** Every day's coverage of a partnership. */
  partnership: (partnershipId: string) => ["partnerships", "coverage", partnershipId] as const,
  of: (partnershipId: string, asOf?: string) => ["partnerships", "coverage", partnershipId, asOf ?? "today"] as const,
};

/** How the partnership's members on a day (today when none is given) cover its program's recommended composition. */
export function useCoverage(partnershipId: string, asOf?: string) {
  return useQuery({
    queryKey: coverageKeys.of(partnershipId, asOf),
    queryFn: () => apiRequest(coverageSchema, "GET", `/partnerships/${partnershipId}/coverage`, { query: { asOf } }),
    placeholderData: keepPreviousData,
  });
}
