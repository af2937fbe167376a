import { Badge, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Charter, CharterMember } from "../../../../contracts/charter.js";
import { ScrollableTable } from "../../scrollable-table.js";
import { Section } from "../../section.js";
import { measuredLabel } from "./labels.js";

function Agreement({ member }: { member: CharterMember }) {
  const { t } = useTranslation();
  const { lead, partner } = member.comparison;
  if (!lead || !partner) return <Text c="dimmed">{t("charter.noRole")}</Text>;
  const colour = (value: string) => (value === "matches" ? "green" : value === "below" || value === "above" ? "orange" : "gray");
  return (
    <Group gap={4}>
      <Badge color={colour(lead)} variant="light" title={t("charter.column.leadView")}>
        {t(`charter.comparison.${lead}`)}
      </Badge>
      {partner !== lead && (
        <Badge color={colour(partner)} variant="light" title={t("charter.column.partnerView")}>
          {t(`charter.comparison.${partner}`)}
        </Badge>
      )}
    </Group>
  );
}

/** Each member's intended role beside the type measured from each perspective; a difference is spelled out. */
export function RolesTable({ charter }: { charter: Charter }) {
  const { t } = useTranslation();
  const gaps = charter.members.filter((member) => member.differs && member.intendedRole);
  return (
    <Section title={t("charter.section.roles")}>
      <Stack gap="sm">
        <Text c="dimmed">{t("charter.rolesIntro")}</Text>
        {gaps.map((member) => (
          <Text key={member.membershipId} fw={600} role="note">
            {member.organization.name}
            {" — "}
            {t("charter.gapSentence", {
              intended: t(`charter.role.${member.intendedRole ?? "communication"}`).toLocaleLowerCase(),
              lead: measuredLabel(member.measured.lead, t).toLocaleLowerCase(),
              partner: measuredLabel(member.measured.partner, t).toLocaleLowerCase(),
            })}
          </Text>
        ))}
        <ScrollableTable label={t("charter.rolesTable")} minWidth={640}>
          <Table striped>
            <VisuallyHidden component="caption">{t("charter.rolesTable")}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("charter.column.member")}</Table.Th>
                <Table.Th scope="col">{t("charter.column.intended")}</Table.Th>
                <Table.Th scope="col">{t("charter.column.leadView")}</Table.Th>
                <Table.Th scope="col">{t("charter.column.partnerView")}</Table.Th>
                <Table.Th scope="col">{t("charter.column.agreement")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {charter.members.map((member) => (
                <Table.Tr key={member.membershipId}>
                  <Table.Th scope="row" fw={500}>
                    {member.organization.name}
                  </Table.Th>
                  <Table.Td>{member.intendedRole ? t(`charter.role.${member.intendedRole}`) : t("charter.noRole")}</Table.Td>
                  <Table.Td>{measuredLabel(member.measured.lead, t)}</Table.Td>
                  <Table.Td>{measuredLabel(member.measured.partner, t)}</Table.Td>
                  <Table.Td>
                    <Agreement member={member} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      </Stack>
    </Section>
  );
}
