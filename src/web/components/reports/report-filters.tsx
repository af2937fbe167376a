import { Select } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { NOT_SET_KEY } from "../../../domain/reports/typology-report.js";
import { usePrograms } from "../../api/programs.js";
import { useTypologyReport, type ReportFilterParams } from "../../api/reports.js";
import { useLocalizedNames } from "../../i18n/localized-names.js";

// Mantine's Select needs a non-empty value for the "all" choice; it never reaches the address or the API.
const ALL = "__all";

/** Programs the user follows: those with partnerships the user sees, which are the ones a report can cover. */
function useReportPrograms() {
  const programs = usePrograms();
  return useMemo(() => (programs.data?.data ?? []).filter((program) => program.partnershipCount > 0), [programs.data]);
}

/**
 * Regions as written on the partnerships that have records in the round, read from the report by
 * region (there is no list of regions: a partnership's region is free text).
 */
function useReportRegions(round: string): string[] {
  const report = useTypologyReport({ by: "region", perspective: "lead", round });
  return useMemo(() => (report.data?.groups ?? []).map((group) => group.key).filter((key) => key !== NOT_SET_KEY), [report.data]);
}

type Props = { value: ReportFilterParams; round: string; onChange: (filters: ReportFilterParams) => void };

/** The program and region selects shared by both reports; "all" by default. */
export function ReportFilterSelects({ value, round, onChange }: Props) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const programs = useReportPrograms();
  const regions = useReportRegions(round);
  const programOptions = [
    { value: ALL, label: t("reports.filters.allPrograms") },
    ...programs.map((program) => ({ value: program.id, label: `${program.code} – ${names.program(program)}` })),
  ];
  // A region from a shared address stays selectable even when the round has no records there.
  const regionNames = value.region && !regions.includes(value.region) ? [value.region, ...regions] : regions;
  const regionOptions = [
    { value: ALL, label: t("reports.filters.allRegions") },
    ...regionNames.map((region) => ({ value: region, label: names.region(region) })),
  ];
  return (
    <>
      <Select
        label={t("reports.filters.program")}
        data={programOptions}
        value={value.program ?? ALL}
        allowDeselect={false}
        searchable
        onChange={(choice) => onChange({ program: choice && choice !== ALL ? choice : undefined })}
      />
      <Select
        label={t("reports.filters.region")}
        data={regionOptions}
        value={value.region ?? ALL}
        allowDeselect={false}
        searchable
        onChange={(choice) => onChange({ region: choice && choice !== ALL ? choice : undefined })}
      />
    </>
  );
}

/** A report's title with the program (by code) and region it is narrowed to, e.g. "Table 1 — CMP, Ontario". */
export function useFilteredTitle(filters: ReportFilterParams): (title: string) => string {
  const { t } = useTranslation();
  const programs = usePrograms();
  const code = filters.program ? (programs.data?.data.find((program) => program.id === filters.program)?.code ?? null) : null;
  return useCallback(
    (title: string) => {
      const parts = [code, filters.region ?? null].filter((part): part is string => part !== null && part !== "");
      return parts.length === 0 ? title : t("reports.filters.title", { title, scope: parts.join(", ") });
    },
    [code, filters.region, t],
  );
}
