import { useQuery } from "@tanstack/react-query";
import { coverageSchema } from "../../contracts/coverage.js";
import { apiRequest } from "./client.js";

// Under "partnerships" so that editing a partnership (its priority groups and issues decide who is
// most affected) refreshes its coverage too.
export const coverageKeys = {
  of: (partnershipId: string) => ["partnerships", "coverage", partnershipId] as const,
};

/** How the partnership's current members cover its program's recommended composition, as of today. */
export function useCoverage(partnershipId: string) {
  return useQuery({
    queryKey: coverageKeys.of(partnershipId),
    queryFn: () => apiRequest(coverageSchema, "GET", `/partnerships/${partnershipId}/coverage`),
  });
}
