import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  accountabilityReportSchema,
  partnershipAccountabilitySchema,
  type AccountabilityDimension,
} from "../../contracts/accountability.js";
import { API_ROOT, apiRequest, toQueryString } from "./client.js";

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

export type AccountabilityReportParams = { by: AccountabilityDimension; program?: string | undefined; asOf?: string | undefined };

/** The figures per program, partnership or member over everything the user may read, as of a day. */
export function useAccountabilityReport(params: AccountabilityReportParams) {
  return useQuery({
    queryKey: ["reports", "accountability", params.by, params.program ?? "", params.asOf ?? "today"] as const,
    queryFn: () => apiRequest(accountabilityReportSchema, "GET", "/reports/accountability", { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** Where the report's spreadsheet is downloaded from; a plain link carries the session cookie. */
export function accountabilityReportFileUrl(params: AccountabilityReportParams, format: "csv" | "xlsx"): string {
  return `${API_ROOT}/reports/accountability${toQueryString({ ...params, format })}`;
}
