import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Round } from "../../../contracts/surveys.js";
import { useFormat } from "../../i18n/format.js";
import { ScrollableTable } from "../scrollable-table.js";
import { useSurveyText } from "./labels.js";
import { RoundStatusBadge } from "./round-status-badge.js";

/** A partnership's rounds: what was asked, when, how far it is and how many answered. */
export function RoundsTable({ rounds }: { rounds: Round[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSurveyText();
  return (
    <ScrollableTable label={t("surveys.rounds.tableLabel")} minWidth={720}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("surveys.rounds.instrument")}</Table.Th>
            <Table.Th scope="col">{t("surveys.rounds.label")}</Table.Th>
            <Table.Th scope="col">{t("surveys.rounds.dates")}</Table.Th>
            <Table.Th scope="col">{t("surveys.rounds.status")}</Table.Th>
            <Table.Th scope="col">{t("surveys.rounds.rate")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/surveys/${round.id}`} inherit>
                  {text.localized(round.instrument.title)}
                </Anchor>
              </Table.Th>
              <Table.Td>{text.roundLabel(round.label)}</Table.Td>
              <Table.Td>{t("surveys.rounds.range", { from: format.date(round.opensOn), to: format.date(round.closesOn) })}</Table.Td>
              <Table.Td>
                <RoundStatusBadge status={round.status} />
              </Table.Td>
              <Table.Td>{text.rate(round.submitted, round.invited)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
