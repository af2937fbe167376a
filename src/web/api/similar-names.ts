import { useQuery } from "@tanstack/react-query";
import { similarOrganizationsSchema } from "../../contracts/similar-names.js";
import { apiRequest } from "./client.js";

/** Registered organizations whose names are close to `name` (none asked for below three characters). */
export function useSimilarOrganizations(name: string, exceptId?: string) {
  const trimmed = name.trim();
  return useQuery({
    queryKey: ["organizations", "similar", trimmed, exceptId ?? null],
    queryFn: () => apiRequest(similarOrganizationsSchema, "GET", "/organizations/similar", { query: { name: trimmed, exceptId } }),
    enabled: trimmed.length >= 3,
    staleTime: 30_000,
  });
}
