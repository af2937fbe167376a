import { ActionIcon, Badge, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Communication, CommunicationChannelFilter } from "../../../../contracts/communications.js";
import type { Partnership } from "../../../../contracts/partnerships.js";
import { COMMUNICATION_CHANNELS } from "../../../../domain/communications/channels.js";
import { useCommunications, useDeleteContact, type CommunicationFilters } from "../../../api/communications.js";
import { useMemberships } from "../../../api/memberships.js";
import { useFormat } from "../../../i18n/format.js";
import { notifyError, notifySuccess } from "../../notify.js";
import { PaginationBar } from "../../pagination-bar.js";
import { QueryState } from "../../query-state.js";
import { ScrollableTable } from "../../scrollable-table.js";
import { channelOptions } from "./channel-options.js";

function asChannel(value: string | null): CommunicationChannelFilter | null {
  return COMMUNICATION_CHANNELS.find((channel) => channel === value) ?? null;
}

function DeleteEntry({ partnershipId, entry }: { partnershipId: string; entry: Communication }) {
  const { t } = useTranslation();
  const remove = useDeleteContact(partnershipId);
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      aria-label={t("communications.delete", { subject: entry.subject })}
      loading={remove.isPending}
      onClick={() =>
        remove.mutate(
          { id: entry.id, version: entry.version },
          {
            onSuccess: () => notifySuccess(t("communications.deleted")),
            onError: (error) => notifyError(error, t("communications.deleteFailed"), t),
          },
        )
      }
    >
      ×
    </ActionIcon>
  );
}

/** The log, newest first, with filters by channel, member and dates. */
export function CommunicationsLog({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<CommunicationFilters>({ channel: null, organizationId: null, from: "", to: "" });
  const [page, setPage] = useState(1);
  const entries = useCommunications(partnership.id, filters, page);
  const members = useMemberships(partnership.id);
  const memberOptions = (members.data?.data ?? []).map((member) => ({ value: member.organization.id, label: member.organization.name }));
  const change = (patch: Partial<CommunicationFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Select
          label={t("communications.filters.channel")}
          clearable
          data={channelOptions(t)}
          value={filters.channel}
          onChange={(value) => change({ channel: asChannel(value) })}
        />
        <Select
          label={t("communications.filters.organization")}
          clearable
          searchable
          data={memberOptions}
          value={filters.organizationId}
          onChange={(value) => change({ organizationId: value })}
        />
        <TextInput
          label={t("communications.filters.from")}
          type="date"
          value={filters.from}
          onChange={(e) => change({ from: e.currentTarget.value })}
        />
        <TextInput
          label={t("communications.filters.to")}
          type="date"
          value={filters.to}
          onChange={(e) => change({ to: e.currentTarget.value })}
        />
      </SimpleGrid>
      <QueryState query={entries}>
        {(result) =>
          result.data.length === 0 ? (
            <Text c="dimmed">{t("communications.empty")}</Text>
          ) : (
            <>
              <ScrollableTable label={t("communications.tableLabel")} minWidth={640}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("communications.columns.date")}</Table.Th>
                      <Table.Th scope="col">{t("communications.columns.channel")}</Table.Th>
                      <Table.Th scope="col">{t("communications.columns.organizations")}</Table.Th>
                      <Table.Th scope="col">{t("communications.columns.subject")}</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>{t("communications.columns.actions")}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.data.map((entry) => (
                      <Table.Tr key={entry.id}>
                        <Table.Td>{format.date(entry.occurredOn)}</Table.Td>
                        <Table.Td>
                          <Badge variant="light">{t(`communications.channel.${entry.channel}`)}</Badge>
                        </Table.Td>
                        <Table.Td>{entry.organizations.map((organization) => organization.name).join(" · ")}</Table.Td>
                        <Table.Td>{entry.subject}</Table.Td>
                        <Table.Td>{entry.abilities.delete && <DeleteEntry partnershipId={partnership.id} entry={entry} />}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollableTable>
              <PaginationBar pagination={result.pagination} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
