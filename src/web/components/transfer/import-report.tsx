import { Alert, List, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportProblem, ImportReport } from "../../../contracts/imports.js";
import { SECTORS, type Sector } from "../../../domain/vocabulary.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { PaginationBar } from "../pagination-bar.js";

type CountKind = keyof ImportReport["counts"];

/** The kinds of record each import touches, in the order the report lists them. */
const COUNT_KINDS: Record<ImportReport["kind"], readonly CountKind[]> = {
  involvement: ["involvementRecords", "memberships", "partnerships", "organizations", "programs"],
  registry: ["organizations", "contacts", "partnerships", "memberships", "programs"],
  commitments: ["commitments"],
  communications: ["communications"],
};

const PROBLEMS_PER_PAGE = 20;
/** Created names listed in full up to this many per kind; a national file may create thousands. */
const CREATED_SHOWN = 50;

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** An alert whose title keeps AA contrast on its tinted background (Mantine's coloured titles fall short on teal). */
function OutcomeAlert({ color, title, children }: { color: "red" | "teal" | "blue"; title: string; children: string }) {
  return (
    <Alert color={color} title={title} styles={{ title: { color: "var(--mantine-color-text)" } }}>
      {children}
    </Alert>
  );
}

function Outcome({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = format.number(report.rows);
  if (report.errorCount > 0) {
    return (
      <OutcomeAlert
        color="red"
        title={t("transfer.report.problemsTitle", { count: report.errorCount, formatted: format.number(report.errorCount) })}
      >
        {t("transfer.report.nothingWritten", { rows })}
      </OutcomeAlert>
    );
  }
  if (report.dryRun) {
    return (
      <OutcomeAlert color="teal" title={t("transfer.report.cleanTitle")}>
        {t("transfer.report.clean", { rows })}
      </OutcomeAlert>
    );
  }
  if (report.written) {
    return (
      <OutcomeAlert color="teal" title={t("transfer.report.importedTitle")}>
        {t("transfer.report.imported", { rows })}
      </OutcomeAlert>
    );
  }
  return (
    <OutcomeAlert color="blue" title={t("transfer.report.unchangedTitle")}>
      {t("transfer.report.unchanged", { rows })}
    </OutcomeAlert>
  );
}

function CountsTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headers = report.dryRun ? "transfer.report.would" : "transfer.report.did";
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table highlightOnHover={false} horizontalSpacing="xs" fz="sm">
        <VisuallyHidden component="caption">
          {t(report.dryRun ? "transfer.report.countsCaptionDryRun" : "transfer.report.countsCaption")}
        </VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("transfer.report.kind")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t(`${headers}.created`)}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t(`${headers}.updated`)}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("transfer.report.unchangedCount")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {COUNT_KINDS[report.kind].map((kind) => {
            const counts = report.counts[kind];
            return (
              <Table.Tr key={kind}>
                <Table.Th scope="row" fw={500}>
                  {t(`transfer.kinds.${kind}`)}
                </Table.Th>
                <Table.Td ta="right">{format.number(counts.created)}</Table.Td>
                <Table.Td ta="right">{format.number(counts.updated)}</Table.Td>
                <Table.Td ta="right">{format.number(counts.unchanged)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NameList({ title, names }: { title: string; names: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (names.length === 0) return null;
  const hidden = names.length - CREATED_SHOWN;
  return (
    <Stack gap={4}>
      <Title order={5}>{t("transfer.report.namedCount", { title, count: format.number(names.length) })}</Title>
      <List size="sm" spacing={2}>
        {names.slice(0, CREATED_SHOWN).map((name, index) => (
          <List.Item key={`${index}-${name}`}>{name}</List.Item>
        ))}
      </List>
      {hidden > 0 && (
        <Text fz="sm" c="dimmed">
          {t("transfer.report.more", { count: format.number(hidden) })}
        </Text>
      )}
    </Stack>
  );
}

function CreatedNames({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const { programs, partnerships, organizations } = report.created;
  if (programs.length + partnerships.length + organizations.length === 0) return null;
  const sectorLabel = (sector: string) => (isSector(sector) ? vocabulary.label("sector", sector) : sector);
  return (
    <Stack gap="sm">
      <Title order={4}>{t(report.dryRun ? "transfer.report.createdTitleDryRun" : "transfer.report.createdTitle")}</Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <NameList title={t("transfer.kinds.programs")} names={programs.map((program) => t("transfer.report.program", program))} />
        <NameList
          title={t("transfer.kinds.partnerships")}
          names={partnerships.map((partnership) =>
            t("transfer.report.partnership", { name: partnership.name, program: partnership.program, lead: partnership.leadOrganization }),
          )}
        />
        <NameList
          title={t("transfer.kinds.organizations")}
          names={organizations.map((organization) =>
            t("transfer.report.organization", { name: organization.name, sector: sectorLabel(organization.sector) }),
          )}
        />
      </SimpleGrid>
    </Stack>
  );
}

function ProblemsTable({
  kind,
  problems,
  count,
  title,
  hint,
}: {
  kind: ImportReport["kind"];
  problems: ImportProblem[];
  /** Every problem found; the report lists the first ones only. */
  count: number;
  title: string;
  hint: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const totalPages = Math.max(1, Math.ceil(problems.length / PROBLEMS_PER_PAGE));
  const current = Math.min(page, totalPages);
  const shown = problems.slice((current - 1) * PROBLEMS_PER_PAGE, current * PROBLEMS_PER_PAGE);
  const hasFiles = kind === "registry";
  const none = t("common.none");
  return (
    <Stack gap="sm">
      <Title order={4}>{title}</Title>
      <Text fz="sm" c="dimmed">
        {hint}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table highlightOnHover={false}>
          <VisuallyHidden component="caption">{t("transfer.report.problemsCaption")}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              {hasFiles && <Table.Th scope="col">{t("transfer.report.file")}</Table.Th>}
              <Table.Th scope="col">{t("transfer.report.line")}</Table.Th>
              <Table.Th scope="col">{t("transfer.report.column")}</Table.Th>
              <Table.Th scope="col">{t("transfer.report.message")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((problem, index) => (
              <Table.Tr key={`${current}-${index}`}>
                {hasFiles && <Table.Td>{problem.entity ? t(`transfer.entities.${problem.entity}`) : none}</Table.Td>}
                <Table.Td>{problem.line === null ? t("transfer.report.wholeFile") : format.number(problem.line)}</Table.Td>
                <Table.Td>{problem.column ?? none}</Table.Td>
                <Table.Td>{problem.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PaginationBar pagination={{ page: current, pageSize: PROBLEMS_PER_PAGE, total: problems.length, totalPages }} onChange={setPage} />
      {count > problems.length && (
        <Text fz="sm">
          {t("transfer.report.unlisted", {
            count: count - problems.length,
            formatted: format.number(count - problems.length),
            listed: format.number(problems.length),
          })}
        </Text>
      )}
    </Stack>
  );
}

/** What a check or an import found: every problem, or what was (or would be) created and updated. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" mt="lg">
      <Title order={3}>{t(report.dryRun ? "transfer.report.checkTitle" : "transfer.report.importTitle")}</Title>
      <Outcome report={report} />
      {report.errorCount > 0 ? (
        <ProblemsTable
          kind={report.kind}
          problems={report.errors}
          count={report.errorCount}
          title={t("transfer.report.problems")}
          hint={t("transfer.report.problemsHint")}
        />
      ) : (
        <>
          <CountsTable report={report} />
          {report.warningCount > 0 && (
            <ProblemsTable
              kind={report.kind}
              problems={report.warnings}
              count={report.warningCount}
              title={t("registry.warningsTitle")}
              hint={t("registry.warningsIntro")}
            />
          )}
          <CreatedNames report={report} />
        </>
      )}
    </Stack>
  );
}
