import { Anchor, Paper, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Program } from "../../contracts/programs.js";
import { usePrograms } from "../api/programs.js";
import { PageHeader } from "../components/page-header.js";
import { PaginationBar } from "../components/pagination-bar.js";
import { QueryState } from "../components/query-state.js";
import { useSearchState } from "../components/use-search-state.js";
import { useFormat } from "../i18n/format.js";
import { useLocalizedNames } from "../i18n/localized-names.js";

function ProgramsTable({ programs }: { programs: Program[] }) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const format = useFormat();
  if (programs.length === 0) {
    return (
      <Text c="dimmed" p="lg">
        {t("programs.empty")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table>
        <VisuallyHidden component="caption">{t("programs.title")}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("programs.code")}</Table.Th>
            <Table.Th scope="col">{t("programs.name")}</Table.Th>
            <Table.Th scope="col">{t("programs.description")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("programs.partnershipCount")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((program) => (
            <Table.Tr key={program.id}>
              <Table.Td>
                <Text ff="monospace" fz="sm" fw={600}>
                  {program.code}
                </Text>
              </Table.Td>
              <Table.Td fw={500}>
                <Anchor component={Link} to={`/programs/${program.id}`} inherit>
                  {names.program(program)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c="dimmed" lineClamp={2}>
                  {program.description ?? t("common.none")}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{format.number(program.partnershipCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ProgramsListPage() {
  const { t } = useTranslation();
  const { page, update } = useSearchState();
  const programs = usePrograms({ page, pageSize: 25 });
  return (
    <>
      <PageHeader title={t("programs.title")} description={t("programs.intro")} />
      <QueryState query={programs}>
        {(result) => (
          <>
            <Paper>
              <ProgramsTable programs={result.data} />
            </Paper>
            <PaginationBar pagination={result.pagination} onChange={(next) => update({ page: next })} />
          </>
        )}
      </QueryState>
    </>
  );
}
