// One commitment in the ledger: what, whose, its stage and status, its dates (the original due date
// kept beside the current one), overdue when it is, the moves the reader may make, and its history.
import { Badge, Button, Card, Collapse, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Commitment } from "../../../../contracts/commitments.js";
import { isOverdue, type CommitmentStatus } from "../../../../domain/commitments/statuses.js";
import { useFormat } from "../../../i18n/format.js";
import { notifySuccess } from "../../notify.js";
import { CommitmentHistory } from "./commitment-history.js";
import { MoveForm } from "./move-form.js";
import { todayUtc } from "./today.js";

/** Where a move may go: every status but the first. */
export type MoveTarget = Exclude<CommitmentStatus, "pledged">;
function isMoveTarget(status: CommitmentStatus): status is MoveTarget {
  return status !== "pledged";
}

const STATUS_COLORS: Record<CommitmentStatus, string> = {
  pledged: "blue",
  in_progress: "cyan",
  delivered: "teal",
  slipped: "orange",
  withdrawn: "gray",
};

export function CommitmentCard({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [move, setMove] = useState<MoveTarget | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const overdue = isOverdue(commitment, todayUtc());
  const historyId = `history-${commitment.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`commitment-${commitment.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title
            order={2}
            size="h5"
            id={`commitment-${commitment.id}`}
            style={{ flex: "1 1 14rem", minWidth: 0, overflowWrap: "anywhere" }}
          >
            {commitment.description}
          </Title>
          <Group gap={6}>
            {overdue && (
              <Badge color="red.9" variant="filled">
                {t("ledger.overdue")}
              </Badge>
            )}
            <Badge color={STATUS_COLORS[commitment.status]} variant="light" c="var(--mantine-color-text)">
              {t(`ledger.status.${commitment.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {commitment.organization.name} · {t(`ledger.axis.${commitment.axis}`)}
        </Text>
        <Text size="sm" c="dimmed">
          {t("ledger.dates.pledged", { date: format.date(commitment.pledgedOn) })} ·{" "}
          {commitment.currentDueOn === commitment.dueOn
            ? t("ledger.dates.due", { date: format.date(commitment.dueOn) })
            : t("ledger.dates.slippedDue", { date: format.date(commitment.currentDueOn), original: format.date(commitment.dueOn) })}
          {commitment.deliveredOn && ` · ${t("ledger.dates.delivered", { date: format.date(commitment.deliveredOn) })}`}
          {commitment.withdrawnOn && ` · ${t("ledger.dates.withdrawn", { date: format.date(commitment.withdrawnOn) })}`}
        </Text>
        {commitment.evidence && <Text size="sm">{t("ledger.history.evidence", { evidence: commitment.evidence })}</Text>}
        {commitment.evidenceUrl && (
          <Text size="sm" component="a" href={commitment.evidenceUrl} target="_blank" rel="noopener noreferrer" c="blue.8" td="underline">
            {t("ledger.evidenceLink")}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {commitment.abilities.moves.filter(isMoveTarget).map((to) => (
            <Button
              key={to}
              size="xs"
              variant={to === "delivered" ? "filled" : "default"}
              onClick={() => setMove(to)}
              aria-label={t(`ledger.moves.action.${to}Of`, { description: commitment.description })}
            >
              {t(`ledger.moves.action.${to}`)}
            </Button>
          ))}
          <Button
            size="xs"
            variant="subtle"
            aria-expanded={historyOpen}
            aria-controls={historyId}
            onClick={() => setHistoryOpen((open) => !open)}
          >
            {t(historyOpen ? "ledger.history.hide" : "ledger.history.show")}
          </Button>
        </Group>
        <Collapse expanded={historyOpen} id={historyId}>
          {historyOpen && <CommitmentHistory id={commitment.id} />}
        </Collapse>
      </Stack>
      <Modal opened={move !== null} onClose={() => setMove(null)} title={move ? t(`ledger.moves.title.${move}`) : ""}>
        {move && (
          <Stack gap="sm">
            <Text size="sm">{commitment.description}</Text>
            <MoveForm
              commitment={commitment}
              to={move}
              onMoved={() => {
                notifySuccess(t(`ledger.moves.done.${move}`));
                setMove(null);
              }}
              onCancel={() => setMove(null)}
            />
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
