import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { partnershipPageSchema, partnershipSchema, type PartnershipCreate, type PartnershipUpdate } from "../../contracts/partnerships.js";
import type { PartnershipStatus } from "../../domain/vocabulary.js";
import { apiRequest, apiSend } from "./client.js";
import { organizationKeys } from "./organizations.js";

export type PartnershipFilters = {
  q?: string;
  programId?: string;
  organizationId?: string;
  status?: PartnershipStatus;
  sort?: "name" | "region" | "status" | "startDate" | "createdAt";
  order?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

export const partnershipKeys = {
  all: ["partnerships"] as const,
  list: (filters: PartnershipFilters) => ["partnerships", "list", filters] as const,
  detail: (id: string) => ["partnerships", "detail", id] as const,
};

export function usePartnerships(filters: PartnershipFilters) {
  return useQuery({
    queryKey: partnershipKeys.list(filters),
    queryFn: () => apiRequest(partnershipPageSchema, "GET", "/partnerships", { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function usePartnership(id: string | undefined) {
  return useQuery({
    queryKey: partnershipKeys.detail(id ?? ""),
    queryFn: () => apiRequest(partnershipSchema, "GET", `/partnerships/${id ?? ""}`),
    enabled: Boolean(id),
  });
}

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnershipCreate) => apiRequest(partnershipSchema, "POST", "/partnerships", { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
  });
}

export function useUpdatePartnership(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnershipUpdate) => apiRequest(partnershipSchema, "PATCH", `/partnerships/${id}`, { body }),
    onSuccess: (partnership) => {
      queryClient.setQueryData(partnershipKeys.detail(id), partnership);
      return queryClient.invalidateQueries({ queryKey: partnershipKeys.all });
    },
  });
}

export function useDeletePartnership(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend("DELETE", `/partnerships/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: partnershipKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: organizationKeys.all });
      return queryClient.invalidateQueries({ queryKey: partnershipKeys.all });
    },
  });
}
