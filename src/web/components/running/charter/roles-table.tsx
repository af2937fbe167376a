import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Charter, CharterMember } from "../../../../contracts/charter.js";
import { ScrollableTable } from "../../scrollable-table.js";
import { Section } from "../../section.js";
import { measuredLabel } from "./labels.js";

/** The type measured from one perspective, and how it stands against the intended role. */
function MeasuredCell({ member, perspective }: { member: CharterMember; perspective: "lead" | "partner" }) {
  const { t } = useTranslation();
  const comparison = member.comparison[perspective];
  const colour = comparison === "matches" ? "green" : comparison === "below" || comparison === "above" ? "orange" : "gray";
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{measuredLabel(member.measured[perspective], t)}</Text>
      {comparison && comparison !== "unmeasured" && (
        <Badge color={colour} variant="dot" radius="sm" tt="none" fw={500}>
          {t(`charter.comparison.${comparison}`)}
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
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("charter.column.member")}</Table.Th>
                <Table.Th scope="col">{t("charter.column.intended")}</Table.Th>
                <Table.Th scope="col">{t("charter.column.leadView")}</Table.Th>
                <Table.Th scope="col">{t("charter.column.partnerView")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {charter.members.map((member) => (
                <Table.Tr key={member.membershipId}>
                  <Table.Th scope="row" fw={500}>
                    {member.organization.name}
                  </Table.Th>
                  <Table.Td>{member.intendedRole ? t(`charter.role.${member.intendedRole}`) : t("charter.noRole")}</Table.Td>
                  <Table.Td>
                    <MeasuredCell member={member} perspective="lead" />
                  </Table.Td>
                  <Table.Td>
                    <MeasuredCell member={member} perspective="partner" />
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
