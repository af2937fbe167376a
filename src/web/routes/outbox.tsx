import { Alert, Button, Group, Paper, Select, Stack, Text, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { MAIL_STATUSES, type MailMessage, type MailStatus } from "../../contracts/mail.js";
import { useOutbox } from "../api/mail.js";
import { MailStatusBadge, useWhen } from "../components/mail/mail-status.js";
import { MessageDialog } from "../components/mail/message-dialog.js";
import { PageHeader } from "../components/page-header.js";
import { PaginationBar } from "../components/pagination-bar.js";
import { QueryState } from "../components/query-state.js";
import { useSearchState } from "../components/use-search-state.js";

function isStatus(value: string): value is MailStatus {
  return (MAIL_STATUSES as readonly string[]).includes(value);
}

/** One line of the outbox: subject, recipient, when and status, opening the whole message. */
function MessageRow({ message, onOpen }: { message: MailMessage; onOpen: () => void }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <Paper component="li" p="md" withBorder style={{ listStyle: "none" }}>
      <UnstyledButton onClick={onOpen} w="100%">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={2} style={{ flex: "1 1 16rem", minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: "anywhere" }}>
              {message.subject}
            </Text>
            <Text fz="sm" style={{ overflowWrap: "anywhere" }}>
              {t("outbox.to")} {message.to}
            </Text>
            <Text fz="sm" c="dimmed">
              {t("outbox.created", { when: when(message.createdAt) })}
            </Text>
          </Stack>
          <MailStatusBadge status={message.status} />
        </Group>
      </UnstyledButton>
    </Paper>
  );
}

/** Administrators: every message written, newest first, whether it was sent or only kept. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { get, page, update } = useSearchState<"status">();
  const status = isStatus(get("status")) ? (get("status") as MailStatus) : undefined;
  const outbox = useOutbox({ page, pageSize: 25, status });
  const [opened, setOpened] = useState<MailMessage | null>(null);
  const statusOptions = [
    { value: "", label: t("outbox.allStatuses") },
    ...MAIL_STATUSES.map((value) => ({ value, label: t(`outbox.statuses.${value}`) })),
  ];

  return (
    <>
      <PageHeader
        title={t("outbox.title")}
        description={t("outbox.intro")}
        actions={
          <Button component={Link} to="/admin/invite">
            {t("outbox.invite")}
          </Button>
        }
      />
      <Select
        label={t("outbox.status")}
        data={statusOptions}
        value={status ?? ""}
        onChange={(value) => update({ status: value || null })}
        allowDeselect={false}
        maw={280}
        mb="md"
      />
      <QueryState query={outbox}>
        {(result) => (
          <Stack gap="sm">
            {result.delivery === "outbox" && (
              <Alert color="blue" role="note">
                {t("outbox.heldNotice")}
              </Alert>
            )}
            {result.data.length === 0 ? (
              <Text c="dimmed">{status ? t("outbox.emptyFiltered") : t("outbox.empty")}</Text>
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("outbox.listLabel")}>
                {result.data.map((message) => (
                  <MessageRow key={message.id} message={message} onOpen={() => setOpened(message)} />
                ))}
              </Stack>
            )}
            <PaginationBar pagination={result.pagination} onChange={(next) => update({ page: next })} />
          </Stack>
        )}
      </QueryState>
      <MessageDialog message={opened} onClose={() => setOpened(null)} />
    </>
  );
}
