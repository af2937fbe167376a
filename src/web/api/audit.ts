import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { auditEventPageSchema, type AuditAction, type AuditEntity } from "../../contracts/audit.js";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import type { Language } from "../../domain/vocabulary.js";
import { apiRequest, apiUrl } from "./client.js";

/** The filters of the audit trail; absent means all. */
export type AuditFilters = {
  entity?: AuditEntity | undefined;
  action?: AuditAction | undefined;
  userId?: string | undefined;
  partnershipId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export const auditKeys = {
  all: ["audit-events"] as const,
  list: (filters: AuditFilters & { page: number; pageSize: number }) => ["audit-events", "list", filters] as const,
};

/** A page of the reader's audit trail, newest first. */
export function useAuditEvents(filters: AuditFilters & { page: number; pageSize: number }, enabled = true) {
  return useQuery({
    queryKey: auditKeys.list(filters),
    queryFn: () => apiRequest(auditEventPageSchema, "GET", "/audit-events", { query: filters }),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

/**
 * Where the same filtered trail downloads as CSV, its headers in the page's language (a plain link
 * sends the browser's own Accept-Language); the session cookie goes with it.
 */
export function auditCsvUrl(filters: AuditFilters, lang: Language): string {
  return apiUrl("/audit-events.csv", { ...filters, lang });
}

const personPageSchema = z.object({ data: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })) });

/** The people an administrator may narrow the trail to (the first hundred accounts). */
export function useAuditPeople(enabled: boolean) {
  return useQuery({
    queryKey: ["users", "audit-people"] as const,
    queryFn: () => apiRequest(personPageSchema, "GET", "/users", { query: { pageSize: PAGE_SIZE_MAX } }),
    enabled,
    staleTime: 5 * 60_000,
  });
}
