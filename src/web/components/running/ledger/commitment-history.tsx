// Every move of a commitment, the pledge first: who, when, from what to what, and what was given.
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCommitment } from "../../../api/ledger.js";
import { useFormat } from "../../../i18n/format.js";
import { QueryState } from "../../query-state.js";

export function CommitmentHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const detail = useCommitment(id);
  return (
    <QueryState query={detail}>
      {(commitment) => (
        <List spacing="xs" size="sm" aria-label={t("ledger.history.label")}>
          {commitment.events.map((event) => (
            <List.Item key={event.id}>
              <Text size="sm">
                {t(event.from === null ? "ledger.history.pledged" : "ledger.history.moved", {
                  date: format.date(event.effectiveOn),
                  from: event.from === null ? "" : t(`ledger.status.${event.from}`),
                  to: t(`ledger.status.${event.to}`),
                  who: event.user?.name ?? t("ledger.history.import"),
                })}
              </Text>
              {event.dueBefore && event.dueAfter && (
                <Text size="sm" c="dimmed">
                  {t("ledger.history.due", { before: format.date(event.dueBefore), after: format.date(event.dueAfter) })}
                </Text>
              )}
              {event.reason && (
                <Text size="sm" c="dimmed">
                  {t("ledger.history.reason", { reason: event.reason })}
                </Text>
              )}
              {event.evidence && (
                <Text size="sm" c="dimmed">
                  {t("ledger.history.evidence", { evidence: event.evidence })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </QueryState>
  );
}
