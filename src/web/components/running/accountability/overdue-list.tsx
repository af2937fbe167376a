import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PartnershipAccountability } from "../../../../contracts/accountability.js";
import { useFormat } from "../../../i18n/format.js";
import { ScrollableTable } from "../../scrollable-table.js";

/** What is overdue on the day, the longest overdue first: the first thing a meeting should take up. */
export function OverdueList({ overdue, asOf }: { overdue: PartnershipAccountability["overdue"]; asOf: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (overdue.length === 0) return <Text c="dimmed">{t("accountability.overdue.none", { date: format.date(asOf) })}</Text>;
  return (
    <ScrollableTable label={t("accountability.overdue.caption", { count: overdue.length, date: format.date(asOf) })} minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("accountability.overdue.organization")}</Table.Th>
            <Table.Th scope="col">{t("accountability.overdue.description")}</Table.Th>
            <Table.Th scope="col">{t("accountability.overdue.dueOn")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("accountability.overdue.days")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overdue.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.organization.name}</Table.Td>
              <Table.Td>{item.description}</Table.Td>
              <Table.Td>
                {format.date(item.currentDueOn)}
                {item.currentDueOn !== item.dueOn && (
                  <Text fz="xs" c="dimmed">
                    {t("accountability.overdue.originally", { date: format.date(item.dueOn) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{format.number(item.daysOverdue)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
