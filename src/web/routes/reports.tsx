import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DEFAULT_ROUND, PERSPECTIVES, roundSchema } from "../../contracts/involvement.js";
import { REPORT_DIMENSIONS } from "../../contracts/reports.js";
import type { ReportFilterParams, TypologyReportParams } from "../api/reports.js";
import { ACCOUNTABILITY_DIMENSIONS, type AccountabilityDimension } from "../../contracts/accountability.js";
import { isoDateSchema } from "../../contracts/common.js";
import type { AccountabilityReportParams } from "../api/accountability.js";
import { PageHeader } from "../components/page-header.js";
import { AccountabilityReportPanel } from "../components/reports/accountability-report-panel.js";
import { InvolvementReportPanel } from "../components/reports/involvement-report-panel.js";
import { TypologyReportPanel } from "../components/reports/typology-report-panel.js";
import { accountabilityAddressChanges, typologyAddressChanges } from "../components/reports/report-address.js";
import { useSearchState } from "../components/use-search-state.js";

const TABS = ["typology", "involvement", "accountability"] as const;

function oneOf<Value extends string>(values: readonly Value[], value: string, fallback: Value): Value {
  return values.find((candidate) => candidate === value) ?? fallback;
}

/**
 * The study's tables for the records the user may read, optionally within one program and one region. The tab and every setting live in the address,
 * so a report can be bookmarked and shared as it is shown; the defaults stay out of it.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { get, page, update } = useSearchState<"tab" | "by" | "perspective" | "round" | "program" | "region" | "group" | "asOf">();
  const tab = oneOf(TABS, get("tab"), "typology");
  const parsedRound = roundSchema.safeParse(get("round"));
  const round = parsedRound.success ? parsedRound.data : DEFAULT_ROUND;
  const filters: ReportFilterParams = { program: get("program") || undefined, region: get("region") || undefined };
  const typology: TypologyReportParams = {
    by: oneOf(REPORT_DIMENSIONS, get("by"), "program"),
    perspective: oneOf(PERSPECTIVES, get("perspective"), "lead"),
    round,
    ...filters,
  };
  const setTypology = (changes: Partial<TypologyReportParams>) => update(typologyAddressChanges(changes));

  const typedAsOf = get("asOf");
  const accountability: AccountabilityReportParams = {
    by: oneOf(ACCOUNTABILITY_DIMENSIONS, get("group"), "program"),
    program: filters.program,
    asOf: isoDateSchema.safeParse(typedAsOf).success ? typedAsOf : undefined,
  };
  const setAccountability = (changes: { by?: AccountabilityDimension; program?: string | undefined; asOf?: string }) =>
    update(accountabilityAddressChanges(changes));

  return (
    <>
      <PageHeader title={t("reports.title")} description={t("reports.intro")} />
      <Tabs value={tab} onChange={(next) => update({ tab: next === "typology" ? null : next })} keepMounted={false}>
        <Tabs.List aria-label={t("reports.tabs.label")} mb="md">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} fw={600}>
              {value === "accountability" ? t("accountability.report.tab") : t(`reports.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="typology">
          <TypologyReportPanel params={typology} page={page} onPage={(next) => update({ page: next })} onChange={setTypology} />
        </Tabs.Panel>
        <Tabs.Panel value="involvement">
          <InvolvementReportPanel params={{ round, ...filters }} onChange={setTypology} />
        </Tabs.Panel>
        <Tabs.Panel value="accountability">
          <AccountabilityReportPanel params={accountability} typedAsOf={typedAsOf} onChange={setAccountability} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
