import { Badge, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RESPONDENT_STATUSES, type Respondent, type RoundDetail } from "../../../contracts/surveys.js";
import { useRespondents, useRevokeLink, useSendNewLink } from "../../api/surveys.js";
import { useFormat } from "../../i18n/format.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { errorMessage, notifyError, notifySuccess } from "../notify.js";
import { PaginationBar } from "../pagination-bar.js";
import { QueryState } from "../query-state.js";
import { ScrollableTable } from "../scrollable-table.js";

const STATE_COLORS: Record<Respondent["status"], string> = { not_started: "gray", started: "blue", submitted: "green" };

function nameOf(respondent: Respondent, fallback: string): string {
  return respondent.contact?.name ?? fallback;
}

const ALL = "all";
type StatusChoice = Respondent["status"] | typeof ALL;

/**
 * Who was asked and how far each got, never what they answered, a page at a time and by status; new
 * links and revocations for those who run the round.
 */
export function RespondentsTable({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusChoice>(ALL);
  const [page, setPage] = useState(1);
  const respondents = useRespondents(round.id, status === ALL ? null : status, page, round.status === "open");
  const choices: { value: StatusChoice; label: string }[] = [
    { value: ALL, label: t("surveys.respondents.everyone") },
    ...RESPONDENT_STATUSES.map((value) => ({ value, label: t(`surveys.respondents.state.${value}`) })),
  ];

  return (
    <Stack gap="sm">
      <Select
        label={t("surveys.respondents.statusFilter")}
        data={choices}
        value={status}
        allowDeselect={false}
        w={{ base: "100%", xs: 260 }}
        onChange={(value) => {
          setStatus(choices.find((choice) => choice.value === value)?.value ?? ALL);
          setPage(1);
        }}
      />
      <QueryState query={respondents}>
        {(result) =>
          result.data.length === 0 ? (
            <Text c="dimmed">{t("surveys.respondents.none")}</Text>
          ) : (
            <>
              <RespondentRows round={round} respondents={result.data} />
              <PaginationBar pagination={result.pagination} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

function RespondentRows({ round, respondents }: { round: RoundDetail; respondents: Respondent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sendLink = useSendNewLink(round.id);
  const revoke = useRevokeLink(round.id);
  const [revoking, setRevoking] = useState<Respondent | null>(null);
  const canAct = round.abilities.update && round.status !== "closed";
  const asksPerspective = respondents.some((respondent) => respondent.perspective !== null);
  const unnamed = t("surveys.respondents.unnamed");

  const onSendLink = (respondent: Respondent) =>
    sendLink.mutate(respondent.id, {
      onSuccess: () => notifySuccess(t("surveys.respondents.linkSent")),
      onError: (error) => notifyError(error, t("errors.saveFailed"), t),
    });

  return (
    <>
      <ScrollableTable label={t("surveys.respondents.tableLabel")} minWidth={canAct ? 860 : 640}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("surveys.respondents.name")}</Table.Th>
              <Table.Th scope="col">{t("surveys.respondents.organization")}</Table.Th>
              {asksPerspective && <Table.Th scope="col">{t("surveys.respondents.perspective")}</Table.Th>}
              <Table.Th scope="col">{t("surveys.respondents.status")}</Table.Th>
              <Table.Th scope="col">{t("surveys.respondents.lastMail")}</Table.Th>
              {canAct && <Table.Th scope="col">{t("common.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {respondents.map((respondent) => {
              const name = nameOf(respondent, unnamed);
              const lastMail = respondent.lastRemindedAt ?? respondent.invitedAt;
              return (
                <Table.Tr key={respondent.id}>
                  <Table.Th scope="row" fw={500}>
                    {name}
                    {respondent.contact?.email && (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                        {respondent.contact.email}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    {respondent.organization.name}
                    {respondent.about && respondent.about.organization.id !== respondent.organization.id && (
                      <Text size="xs" c="dimmed">
                        {respondent.about.organization.name}
                      </Text>
                    )}
                  </Table.Td>
                  {asksPerspective && (
                    <Table.Td>{respondent.perspective ? t(`surveys.perspective.${respondent.perspective}`) : t("common.none")}</Table.Td>
                  )}
                  <Table.Td>
                    <Group gap={4} wrap="wrap">
                      <Badge variant="dot" color={STATE_COLORS[respondent.status]} radius="sm" tt="none" fw={500}>
                        {t(`surveys.respondents.state.${respondent.status}`)}
                      </Badge>
                      {respondent.revoked && (
                        <Badge variant="outline" color="red.9" radius="sm" tt="none" fw={500}>
                          {t("surveys.respondents.revoked")}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{lastMail ? format.timestamp(lastMail) : t("common.none")}</Table.Td>
                  {canAct && (
                    <Table.Td>
                      {respondent.status !== "submitted" && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="light"
                            aria-label={t("surveys.respondents.newLinkTo", { name })}
                            loading={sendLink.isPending && sendLink.variables === respondent.id}
                            onClick={() => onSendLink(respondent)}
                          >
                            {t("surveys.respondents.newLink")}
                          </Button>
                          {!respondent.revoked && (
                            <Button
                              size="compact-xs"
                              // Outlined: a subtle red button's text is red.6 (3.3:1 on white); red.9 keeps 5:1, hovered too.
                              variant="outline"
                              color="red.9"
                              aria-label={t("surveys.respondents.revokeLink", { name })}
                              onClick={() => {
                                revoke.reset();
                                setRevoking(respondent);
                              }}
                            >
                              {t("surveys.respondents.revoke")}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      <ConfirmDialog
        opened={revoking !== null}
        title={t("surveys.respondents.revokeTitle")}
        message={t("surveys.respondents.revokeMessage", { name: revoking ? nameOf(revoking, unnamed) : "" })}
        confirmLabel={t("surveys.respondents.revoke")}
        isPending={revoke.isPending}
        error={revoke.isError ? errorMessage(revoke.error, t) : null}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifySuccess(t("surveys.respondents.linkRevoked"));
              setRevoking(null);
            },
          });
        }}
      />
    </>
  );
}
