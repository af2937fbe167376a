import { Anchor, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Partnership } from "../../../contracts/partnerships.js";
import { useFormat } from "../../i18n/format.js";
import { StatusBadge } from "../status-badge.js";
import { useLocalizedNames } from "../../i18n/localized-names.js";

export function PartnershipsTable({ partnerships }: { partnerships: Partnership[] }) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const format = useFormat();
  if (partnerships.length === 0) {
    return (
      <Text c="dimmed" p="lg">
        {t("common.noResults")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table>
        <VisuallyHidden component="caption">{t("partnerships.tableCaption")}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("partnerships.name")}</Table.Th>
            <Table.Th scope="col">{t("partnerships.program")}</Table.Th>
            <Table.Th scope="col">{t("partnerships.lead")}</Table.Th>
            <Table.Th scope="col">{t("partnerships.region")}</Table.Th>
            <Table.Th scope="col">{t("partnerships.status")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("partnerships.memberCount")}
            </Table.Th>
            <Table.Th scope="col">{t("partnerships.startDate")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partnerships.map((partnership) => (
            <Table.Tr key={partnership.id}>
              <Table.Td>
                <Anchor component={Link} to={`/partnerships/${partnership.id}`} fw={500} inherit>
                  {partnership.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{names.program(partnership.program)}</Table.Td>
              <Table.Td>{partnership.leadOrganization.name}</Table.Td>
              <Table.Td>{partnership.region ? names.region(partnership.region) : t("common.none")}</Table.Td>
              <Table.Td>
                <StatusBadge status={partnership.status} />
              </Table.Td>
              <Table.Td ta="right">{format.number(partnership.memberCount)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{format.date(partnership.startDate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
