import { Anchor, Badge, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Organization } from "../../../contracts/organizations.js";
import { usePartnerships } from "../../api/partnerships.js";
import { PaginationBar } from "../pagination-bar.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { StatusBadge } from "../status-badge.js";
import { useLocalizedNames } from "../../i18n/localized-names.js";

const PAGE_SIZE = 10;

/** The partnerships an organization leads or belongs to, among those the reader can see, a page at a time, with its role in each. */
export function OrganizationPartnerships({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const [page, setPage] = useState(1);
  const partnerships = usePartnerships({ organizationId: organization.id, sort: "name", order: "asc", page, pageSize: PAGE_SIZE });
  return (
    <Section title={t("registry.partnershipsTitle")}>
      <QueryState query={partnerships}>
        {(result) =>
          result.data.length === 0 ? (
            <Text c="dimmed">{t("registry.partnershipsEmpty")}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={560}>
                <Table>
                  <VisuallyHidden component="caption">{t("registry.partnershipsCaption", { name: organization.name })}</VisuallyHidden>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("partnerships.name")}</Table.Th>
                      <Table.Th scope="col">{t("registry.role")}</Table.Th>
                      <Table.Th scope="col">{t("partnerships.program")}</Table.Th>
                      <Table.Th scope="col">{t("partnerships.status")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.data.map((partnership) => (
                      <Table.Tr key={partnership.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/partnerships/${partnership.id}`} fw={500} inherit>
                            {partnership.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          {partnership.leadOrganization.id === organization.id ? (
                            <Badge variant="light" color="indigo" radius="sm" tt="none" fw={500}>
                              {t("registry.roleLead")}
                            </Badge>
                          ) : (
                            t("registry.roleMember")
                          )}
                        </Table.Td>
                        <Table.Td>{names.program(partnership.program)}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={partnership.status} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <PaginationBar pagination={result.pagination} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
