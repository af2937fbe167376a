import { Anchor, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Organization } from "../../../contracts/organizations.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";

export function OrganizationsTable({ organizations }: { organizations: Organization[] }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const format = useFormat();
  if (organizations.length === 0) {
    return (
      <Text c="dimmed" p="lg">
        {t("common.noResults")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <VisuallyHidden component="caption">{t("organizations.tableCaption")}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("organizations.name")}</Table.Th>
            <Table.Th scope="col">{t("organizations.sector")}</Table.Th>
            <Table.Th scope="col">{t("organizations.governmentLevel")}</Table.Th>
            <Table.Th scope="col">{t("organizations.mandate")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("organizations.partnershipCount")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organizations.map((organization) => (
            <Table.Tr key={organization.id}>
              <Table.Td>
                <Anchor component={Link} to={`/organizations/${organization.id}`} fw={500} inherit>
                  {organization.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{vocabulary.label("sector", organization.sector)}</Table.Td>
              <Table.Td>
                {organization.governmentLevel ? vocabulary.label("governmentLevel", organization.governmentLevel) : t("common.none")}
              </Table.Td>
              <Table.Td>{organization.hasCrimePreventionMandate ? t("common.yes") : t("common.no")}</Table.Td>
              <Table.Td ta="right">{format.number(organization.membershipCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
