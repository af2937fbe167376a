import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  organizationPageSchema,
  organizationSchema,
  type OrganizationCreate,
  type OrganizationUpdate,
} from "../../contracts/organizations.js";
import type { Sector } from "../../domain/vocabulary.js";
import { apiRequest, apiSend } from "./client.js";

export type OrganizationFilters = {
  q?: string;
  sector?: Sector;
  sort?: "name" | "sector" | "createdAt" | "updatedAt";
  order?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

export const organizationKeys = {
  all: ["organizations"] as const,
  list: (filters: OrganizationFilters) => ["organizations", "list", filters] as const,
  detail: (id: string) => ["organizations", "detail", id] as const,
};

export function useOrganizations(filters: OrganizationFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organizationKeys.list(filters),
    queryFn: () => apiRequest(organizationPageSchema, "GET", "/organizations", { query: filters }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useOrganization(id: string | null | undefined) {
  return useQuery({
    queryKey: organizationKeys.detail(id ?? ""),
    queryFn: () => apiRequest(organizationSchema, "GET", `/organizations/${id ?? ""}`),
    enabled: Boolean(id),
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationCreate) => apiRequest(organizationSchema, "POST", "/organizations", { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationUpdate) => apiRequest(organizationSchema, "PATCH", `/organizations/${id}`, { body }),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationKeys.detail(id), organization);
      return queryClient.invalidateQueries({ queryKey: organizationKeys.all });
    },
  });
}

export function useDeleteOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend("DELETE", `/organizations/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: organizationKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: organizationKeys.all });
    },
  });
}
