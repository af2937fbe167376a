import { Box, Paper, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PERSPECTIVES } from "../../../contracts/involvement.js";
import { CONTINUUM_TYPES } from "../../../domain/reports/typology-report.js";
import { REPORT_DIMENSIONS, type ReportDimension, type TypologyReport } from "../../../contracts/reports.js";
import { typologyReportFileUrl, useTypologyReport, type TypologyReportParams } from "../../api/reports.js";
import { Chart } from "../chart.js";
import { TYPE_COLORS } from "../involvement/labels.js";
import { RoundSelect } from "../involvement/round-select.js";
import { PaginationBar } from "../pagination-bar.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { chartHeight, chartRowHeight, largestGroups, typeSharesText, typologyChartOption } from "./chart-options.js";
import { DownloadLinks } from "./download-links.js";
import { ReportFilterSelects, useFilteredTitle } from "./report-filters.js";
import { ChartLegend } from "./swatch.js";
import { useIsPhone } from "../use-is-phone.js";
import { useReportLabels } from "./report-labels.js";
import { TypologyTable } from "./typology-table.js";
import { UpdatingNotice } from "./updating-notice.js";

/** More bars than this no longer read at a glance; the table keeps every group. */
export const CHART_GROUP_LIMIT = 20;
export const TABLE_PAGE_SIZE = 25;

type Props = {
  params: TypologyReportParams;
  page: number;
  onChange: (changes: Partial<TypologyReportParams>) => void;
  onPage: (page: number) => void;
};

/** Tables 3 and 4 of the study: the types per program, region, sector or partnership, as a chart and a table. */
export function TypologyReportPanel({ params, page, onChange, onPage }: Props) {
  const { t } = useTranslation();
  const report = useTypologyReport(params);
  const filteredTitle = useFilteredTitle(params);
  const isFiltered = Boolean(params.program || params.region);
  return (
    <Stack gap="md">
      <Paper p="md" component="form" aria-label={t("reports.controls")} onSubmit={(event) => event.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Select
            label={t("reports.by.label")}
            data={REPORT_DIMENSIONS.map((by) => ({ value: by, label: t(`reports.by.${by}`) }))}
            value={params.by}
            allowDeselect={false}
            onChange={(value) => {
              const by = REPORT_DIMENSIONS.find((dimension) => dimension === value);
              if (by) onChange({ by });
            }}
          />
          <Select
            label={t("reports.perspective")}
            data={PERSPECTIVES.map((perspective) => ({ value: perspective, label: t(`involvement.perspective.${perspective}`) }))}
            value={params.perspective}
            allowDeselect={false}
            onChange={(value) => {
              const perspective = PERSPECTIVES.find((candidate) => candidate === value);
              if (perspective) onChange({ perspective });
            }}
          />
          <RoundSelect value={params.round} onChange={(round) => onChange({ round })} />
          <ReportFilterSelects value={params} round={params.round} onChange={onChange} />
        </SimpleGrid>
      </Paper>
      <Section
        title={filteredTitle(t(`reports.typology.title.${params.by}`))}
        actions={<DownloadLinks fileUrl={(format) => typologyReportFileUrl(params, format)} />}
      >
        <QueryState query={report}>
          {(data) => (
            <Box pos="relative" aria-busy={report.isPlaceholderData}>
              <UpdatingNotice isUpdating={report.isPlaceholderData} />
              <TypologyReportBody
                report={data}
                by={data.by}
                title={filteredTitle(t(`reports.typology.title.${data.by}`))}
                isFiltered={isFiltered}
                page={page}
                onPage={onPage}
              />
            </Box>
          )}
        </QueryState>
      </Section>
    </Stack>
  );
}

type BodyProps = {
  report: TypologyReport;
  by: ReportDimension;
  title: string;
  isFiltered: boolean;
  page: number;
  onPage: (page: number) => void;
};

function TypologyReportBody({ report, by, title, isFiltered, page, onPage }: BodyProps) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const groupLabel = useMemo(() => labels.groupLabel(by), [labels, by]);
  const compact = useIsPhone();
  const shown = useMemo(() => largestGroups(report.groups, CHART_GROUP_LIMIT), [report.groups]);
  const option = useMemo(
    () =>
      typologyChartOption({
        groups: shown,
        total: report.total,
        groupLabel,
        totalLabel: t("reports.total"),
        typeLabels: labels.typeLabels,
        formats: labels.formats,
        layout: { compact, legend: false },
      }),
    [shown, report.total, groupLabel, t, labels, compact],
  );

  const view = t(`involvement.perspective.${report.perspective}`);
  const round = labels.round(report.round);
  if (report.total.total === 0) return <Text c="dimmed">{t(isFiltered ? "reports.filters.empty" : "reports.typology.empty")}</Text>;

  const totalPages = Math.max(1, Math.ceil(report.groups.length / TABLE_PAGE_SIZE));
  const current = Math.min(page, totalPages);
  const pageGroups = report.groups.slice((current - 1) * TABLE_PAGE_SIZE, current * TABLE_PAGE_SIZE);
  const groups = labels.format.number(report.groups.length);

  return (
    <Stack gap="md">
      <Text>{t("reports.typology.summary", { view, round, records: labels.format.number(report.total.total), groups })}</Text>
      {report.partnershipsWithoutRecords > 0 && (
        <Text fz="sm" c="dimmed">
          {t("reports.typology.withoutRecords", {
            count: report.partnershipsWithoutRecords,
            formatted: labels.format.number(report.partnershipsWithoutRecords),
          })}
        </Text>
      )}
      <figure style={{ margin: 0 }}>
        <ChartLegend
          items={CONTINUUM_TYPES.map((type) => ({ key: type, label: labels.typeLabels[type], color: TYPE_COLORS[type].fill }))}
        />
        <Chart
          option={option}
          height={chartHeight(shown.length + 1, chartRowHeight(option))}
          label={t("reports.typology.chartLabel", { view, round, shares: typeSharesText(report.total, labels.typeLabels, labels.formats) })}
        />
        <Text component="figcaption" fz="sm" c="dimmed" mt="xs">
          {shown.length < report.groups.length
            ? t("reports.typology.chartTop", { shown: labels.format.number(shown.length), groups })
            : t("reports.typology.chartAll")}{" "}
          {t("reports.typology.smallSegments")}
        </Text>
      </figure>
      <div>
        <TypologyTable
          caption={t("reports.typology.tableCaption", { title })}
          groupHeader={t(`reports.by.${by}`)}
          groups={pageGroups}
          total={report.total}
          groupLabel={groupLabel}
        />
        {totalPages > 1 && (
          <PaginationBar
            pagination={{ page: current, pageSize: TABLE_PAGE_SIZE, total: report.groups.length, totalPages }}
            onChange={onPage}
          />
        )}
      </div>
    </Stack>
  );
}
