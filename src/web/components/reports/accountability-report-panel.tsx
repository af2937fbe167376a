import { Box, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  ACCOUNTABILITY_DIMENSIONS,
  type AccountabilityDimension,
  type AccountabilityFigures,
  type AccountabilityReport,
} from "../../../contracts/accountability.js";
import { accountabilityReportFileUrl, useAccountabilityReport, type AccountabilityReportParams } from "../../api/accountability.js";
import { usePrograms } from "../../api/programs.js";
import { useFormat } from "../../i18n/format.js";
import { QueryState } from "../query-state.js";
import { ScrollableTable } from "../scrollable-table.js";
import { Section } from "../section.js";
import { DownloadLinks } from "./download-links.js";
import { UpdatingNotice } from "./updating-notice.js";

const ALL = "__all";
const COLUMNS = ["pledged", "onTime", "late", "open", "overdue", "dueSoon", "slipped"] as const;

type Props = {
  params: AccountabilityReportParams;
  typedAsOf: string;
  onChange: (changes: { by?: AccountabilityDimension; program?: string | undefined; asOf?: string }) => void;
};

function groupName(report: AccountabilityReport, group: AccountabilityReport["groups"][number]): string {
  if (report.by === "program") return group.program;
  if (report.by === "partnership") return group.partnership ?? "";
  return `${group.organization ?? ""} — ${group.partnership ?? ""}`;
}

function FigureCells({ figures }: { figures: AccountabilityFigures }) {
  const format = useFormat();
  return (
    <>
      {COLUMNS.map((column) => (
        <Table.Td key={column} ta="right">
          {format.number(figures[column])}
        </Table.Td>
      ))}
      <Table.Td ta="right">{figures.keptRate === null ? "—" : format.percent(figures.keptRate)}</Table.Td>
    </>
  );
}

/** Commitments kept, late, open and overdue per program, partnership or member, as of a day. */
export function AccountabilityReportPanel({ params, typedAsOf, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useAccountabilityReport(params);
  const programs = usePrograms();
  const programOptions = [
    { value: ALL, label: t("reports.filters.allPrograms") },
    ...(programs.data?.data ?? [])
      .filter((program) => program.partnershipCount > 0)
      .map((program) => ({ value: program.id, label: `${program.code} – ${program.name}` })),
  ];
  return (
    <Stack gap="md">
      <Paper p="md" component="form" aria-label={t("reports.controls")} onSubmit={(event) => event.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Select
            label={t("accountability.report.by")}
            data={ACCOUNTABILITY_DIMENSIONS.map((by) => ({ value: by, label: t(`accountability.report.dimension.${by}`) }))}
            value={params.by}
            allowDeselect={false}
            onChange={(choice) => {
              const by = ACCOUNTABILITY_DIMENSIONS.find((candidate) => candidate === choice);
              if (by) onChange({ by });
            }}
          />
          <Select
            label={t("reports.filters.program")}
            data={programOptions}
            value={params.program ?? ALL}
            allowDeselect={false}
            searchable
            onChange={(choice) => onChange({ program: choice && choice !== ALL ? choice : undefined })}
          />
          <TextInput
            type="date"
            label={t("accountability.asOf")}
            value={typedAsOf}
            onChange={(event) => onChange({ asOf: event.currentTarget.value })}
          />
        </SimpleGrid>
      </Paper>
      <Section
        title={t("accountability.report.title")}
        actions={<DownloadLinks fileUrl={(fileFormat) => accountabilityReportFileUrl(params, fileFormat)} />}
      >
        <QueryState query={report}>
          {(data) => {
            const caption = t("accountability.report.caption", {
              by: t(`accountability.report.dimension.${data.by}`),
              date: format.date(data.asOf),
            });
            return (
              <Box pos="relative" aria-busy={report.isPlaceholderData}>
                <UpdatingNotice isUpdating={report.isPlaceholderData} />
                {data.groups.length === 0 ? (
                  <Text c="dimmed">{t("accountability.report.empty")}</Text>
                ) : (
                  <ScrollableTable label={caption} minWidth={760}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t(`accountability.report.dimension.${data.by}`)}</Table.Th>
                          {COLUMNS.map((column) => (
                            <Table.Th key={column} scope="col" ta="right">
                              {t(`accountability.report.column.${column}`)}
                            </Table.Th>
                          ))}
                          <Table.Th scope="col" ta="right">
                            {t("accountability.report.column.keptRate")}
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.groups.map((group) => (
                          <Table.Tr key={group.key}>
                            <Table.Th scope="row" fw={500}>
                              {groupName(data, group)}
                            </Table.Th>
                            <FigureCells figures={group} />
                          </Table.Tr>
                        ))}
                        <Table.Tr>
                          <Table.Th scope="row">{t("accountability.report.total")}</Table.Th>
                          <FigureCells figures={data.total} />
                        </Table.Tr>
                      </Table.Tbody>
                    </Table>
                  </ScrollableTable>
                )}
              </Box>
            );
          }}
        </QueryState>
      </Section>
    </Stack>
  );
}
