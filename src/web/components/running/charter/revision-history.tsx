import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCharterRevision, useCharterRevisions } from "../../../api/charter.js";
import { useFormat } from "../../../i18n/format.js";
import { PaginationBar } from "../../pagination-bar.js";
import { QueryState } from "../../query-state.js";
import { ScrollableTable } from "../../scrollable-table.js";
import { Section } from "../../section.js";

type Change = { field: string; before: string | null; after: string | null };

function ChangeTable({ label, changes, fieldLabel }: { label: string; changes: Change[]; fieldLabel: (field: string) => string }) {
  const { t } = useTranslation();
  const shown = (value: string | null) => (value === null || value === "" ? t("charter.notSet") : value);
  return (
    <ScrollableTable label={label} minWidth={480}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("charter.history.field")}</Table.Th>
            <Table.Th scope="col">{t("charter.history.before")}</Table.Th>
            <Table.Th scope="col">{t("charter.history.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row">{fieldLabel(change.field)}</Table.Th>
              <Table.Td style={{ whiteSpace: "pre-wrap" }}>{shown(change.before)}</Table.Td>
              <Table.Td style={{ whiteSpace: "pre-wrap" }}>{shown(change.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}

/** One revision set beside the one before it, field by field and member by member. */
function Comparison({ partnershipId, version }: { partnershipId: string; version: number }) {
  const { t } = useTranslation();
  const revision = useCharterRevision(partnershipId, version);
  const roleOrText = (field: string, value: string | null) =>
    field === "intendedRole" && value ? t(`charter.role.${value}`, { defaultValue: value }) : value;
  const structured = (field: string, value: string | null) =>
    value && (field === "formality" || field === "governance") ? t(`charter.${field}.${value}`, { defaultValue: value }) : value;
  return (
    <QueryState query={revision}>
      {({ changes, previousVersion }) => (
        <Stack gap="sm" mt="xs">
          {previousVersion === null && <Text c="dimmed">{t("charter.history.first")}</Text>}
          {changes.fields.length > 0 && (
            <ChangeTable
              label={t("charter.history.changesLabel", { version })}
              changes={changes.fields.map((c) => ({ ...c, before: structured(c.field, c.before), after: structured(c.field, c.after) }))}
              fieldLabel={(field) => t(`charter.field.${field}`, { defaultValue: field })}
            />
          )}
          {changes.members.map((member) => (
            <ChangeTable
              key={member.organizationId}
              label={t(
                `charter.history.member${member.change === "added" ? "Added" : member.change === "removed" ? "Removed" : "Changed"}`,
                {
                  name: member.organizationName,
                },
              )}
              changes={member.fields.map((c) => ({ ...c, before: roleOrText(c.field, c.before), after: roleOrText(c.field, c.after) }))}
              fieldLabel={(field) => t(`charter.field.${field}`, { defaultValue: field })}
            />
          ))}
          {changes.fields.length === 0 && changes.members.length === 0 && <Text c="dimmed">{t("charter.history.noChange")}</Text>}
        </Stack>
      )}
    </QueryState>
  );
}

/** Every save of the charter, newest first, each with what it changed and a comparison with the one before it. */
export function RevisionHistory({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<number | null>(null);
  const revisions = useCharterRevisions(partnershipId, page);
  return (
    <Section title={t("charter.section.history")}>
      <QueryState query={revisions}>
        {(result) =>
          result.data.length === 0 ? (
            <Text c="dimmed">{t("charter.history.empty")}</Text>
          ) : (
            <Stack gap="md">
              <Stack component="ol" gap="md" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {result.data.map((revision) => {
                  const date = format.timestamp(revision.savedAt);
                  const fields = [
                    ...revision.changes.fields.map((c) => t(`charter.field.${c.field}`)),
                    ...revision.changes.members.map((m) => m.organizationName),
                  ];
                  return (
                    <li key={revision.version}>
                      <Title order={3} size="h5">
                        {revision.savedBy
                          ? t("charter.history.savedBy", { version: revision.version, date, name: revision.savedBy.name })
                          : t("charter.history.savedNoName", { version: revision.version, date })}
                      </Title>
                      <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                        {fields.length > 0
                          ? t("charter.history.changedFields", { fields: fields.join(", ") })
                          : t("charter.history.noChange")}
                      </Text>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        px={0}
                        aria-expanded={open === revision.version}
                        onClick={() => setOpen(open === revision.version ? null : revision.version)}
                      >
                        {open === revision.version
                          ? t("charter.history.hideCompare")
                          : t("charter.history.compare", { version: revision.version })}
                      </Button>
                      {open === revision.version && <Comparison partnershipId={partnershipId} version={revision.version} />}
                    </li>
                  );
                })}
              </Stack>
              <PaginationBar pagination={result.pagination} onChange={setPage} />
            </Stack>
          )
        }
      </QueryState>
    </Section>
  );
}
