import { Box, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PERSPECTIVES } from "../../../contracts/involvement.js";
import type { InvolvementReport } from "../../../contracts/reports.js";
import {
  involvementReportFileUrl,
  useInvolvementReport,
  type InvolvementReportParams,
  type ReportFilterParams,
} from "../../api/reports.js";
import { Chart } from "../chart.js";
import { indicatorLabel, indicatorShortLabel, PERSPECTIVE_COLORS } from "../involvement/labels.js";
import { RoundSelect } from "../involvement/round-select.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { chartHeight, chartRowHeight, involvementChartOption } from "./chart-options.js";
import { DownloadLinks } from "./download-links.js";
import { ReportFilterSelects, useFilteredTitle } from "./report-filters.js";
import { InvolvementTable, widestGaps } from "./involvement-table.js";
import { useReportLabels } from "./report-labels.js";
import { ChartLegend } from "./swatch.js";
import { useIsPhone } from "../use-is-phone.js";
import { UpdatingNotice } from "./updating-notice.js";

type Props = { params: InvolvementReportParams; onChange: (changes: { round?: string } & ReportFilterParams) => void };

/** Table 1 of the study: the share of yes per indicator from the lead's and the partner's views, and the gap. */
export function InvolvementReportPanel({ params, onChange }: Props) {
  const { t } = useTranslation();
  const report = useInvolvementReport(params);
  const filteredTitle = useFilteredTitle(params);
  const isFiltered = Boolean(params.program || params.region);
  return (
    <Stack gap="md">
      <Paper p="md" component="form" aria-label={t("reports.controls")} onSubmit={(event) => event.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <RoundSelect value={params.round} onChange={(round) => onChange({ round })} />
          <ReportFilterSelects value={params} round={params.round} onChange={onChange} />
        </SimpleGrid>
      </Paper>
      <Section
        title={filteredTitle(t("reports.involvement.title"))}
        actions={<DownloadLinks fileUrl={(format) => involvementReportFileUrl(params, format)} />}
      >
        <QueryState query={report}>
          {(data) => (
            <Box pos="relative" aria-busy={report.isPlaceholderData}>
              <UpdatingNotice isUpdating={report.isPlaceholderData} />
              <InvolvementReportBody report={data} caption={filteredTitle(t("reports.involvement.tableCaption"))} isFiltered={isFiltered} />
            </Box>
          )}
        </QueryState>
      </Section>
    </Stack>
  );
}

function InvolvementReportBody({ report, caption, isFiltered }: { report: InvolvementReport; caption: string; isFiltered: boolean }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { language, format } = labels;
  const compact = useIsPhone();
  const perspectiveLabels = useMemo(
    () => ({ lead: t("involvement.perspective.lead"), partner: t("involvement.perspective.partner") }),
    [t],
  );
  const option = useMemo(
    () =>
      involvementChartOption({
        indicators: report.indicators,
        shortLabel: (indicator) => indicatorShortLabel(indicator, language),
        fullLabel: (indicator) => indicatorLabel(indicator, language),
        perspectiveLabels,
        noAnswers: t("reports.involvement.noAnswers"),
        formats: labels.formats,
        layout: { compact, legend: false },
      }),
    [report.indicators, language, t, labels.formats, perspectiveLabels, compact],
  );
  const round = labels.round(report.round);
  if (report.records.lead + report.records.partner === 0)
    return <Text c="dimmed">{t(isFiltered ? "reports.filters.empty" : "reports.involvement.empty")}</Text>;

  const widest = widestGaps(report.indicators, 1);
  const widestRow = report.indicators.find((row) => widest.has(row.indicator));
  const chartLabel =
    widestRow && widestRow.gap !== null
      ? t("reports.involvement.chartLabel", {
          round,
          indicator: indicatorLabel(widestRow.indicator, language),
          gap: t("reports.involvement.points", { value: format.signedDecimal(widestRow.gap) }),
        })
      : t("reports.involvement.chartLabelNoGap", { round });

  return (
    <Stack gap="md">
      <div>
        <Text>
          {t("reports.involvement.records", {
            round,
            lead: format.number(report.records.lead),
            partner: format.number(report.records.partner),
          })}
        </Text>
        <Text fz="sm" c="dimmed" mt={4} maw={860}>
          {t("reports.involvement.rule")}
        </Text>
      </div>
      <div>
        <ChartLegend
          items={PERSPECTIVES.map((perspective) => ({
            key: perspective,
            label: perspectiveLabels[perspective],
            color: PERSPECTIVE_COLORS[perspective],
          }))}
        />
        <Chart
          option={option}
          height={chartHeight(report.indicators.length, chartRowHeight(option, compact ? 54 : 44))}
          label={chartLabel}
        />
      </div>
      <div>
        <InvolvementTable rows={report.indicators} caption={caption} />
        <Text fz="sm" c="dimmed" mt="xs">
          {t("reports.involvement.widestNote")}
        </Text>
      </div>
    </Stack>
  );
}
