import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Perspective } from "../../contracts/involvement.js";
import { involvementReportSchema, typologyReportSchema, type ReportDimension, type ReportFormat } from "../../contracts/reports.js";
import { API_ROOT, apiRequest, toQueryString } from "./client.js";

/** The program (by id) and region a report is narrowed to; absent means all. */
export type ReportFilterParams = { program?: string | undefined; region?: string | undefined };
export type TypologyReportParams = { by: ReportDimension; perspective: Perspective; round: string } & ReportFilterParams;
export type InvolvementReportParams = { round: string } & ReportFilterParams;

export const reportKeys = {
  all: ["reports"] as const,
  typology: ({ by, perspective, round, program, region }: TypologyReportParams) =>
    ["reports", "typology", by, perspective, round, program ?? "", region ?? ""] as const,
  involvement: ({ round, program, region }: InvolvementReportParams) =>
    ["reports", "involvement", round, program ?? "", region ?? ""] as const,
};

// The previous report stays on screen while the next one loads, so the chart does not flash empty
// each time a control changes.

/**
 * Partnership types per group, from one perspective in one round. The answer carries the dimension it
 * was grouped by, so that while the next report loads the previous one is still labelled as its own.
 */
export function useTypologyReport(params: TypologyReportParams) {
  return useQuery({
    queryKey: reportKeys.typology(params),
    queryFn: async () => ({ by: params.by, ...(await apiRequest(typologyReportSchema, "GET", "/reports/typology", { query: params })) }),
    placeholderData: keepPreviousData,
  });
}

/** The share of yes per indicator from each perspective in one round (the study's Table 1). */
export function useInvolvementReport(params: InvolvementReportParams) {
  return useQuery({
    queryKey: reportKeys.involvement(params),
    queryFn: () => apiRequest(involvementReportSchema, "GET", "/reports/involvement", { query: params }),
    placeholderData: keepPreviousData,
  });
}

type FileFormat = Exclude<ReportFormat, "json">;

/** Where a report's spreadsheet is downloaded from; a plain link works because the session cookie goes with it. */
export function typologyReportFileUrl(params: TypologyReportParams, format: FileFormat): string {
  return `${API_ROOT}/reports/typology${toQueryString({ ...params, format })}`;
}

export function involvementReportFileUrl(params: InvolvementReportParams, format: FileFormat): string {
  return `${API_ROOT}/reports/involvement${toQueryString({ ...params, format })}`;
}
