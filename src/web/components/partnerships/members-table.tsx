import { Anchor, Badge, Button, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Membership } from "../../../contracts/memberships.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { toneProps } from "../coverage/tones.js";
import { RowActions } from "../row-actions.js";

type Props = {
  members: Membership[];
  caption: string;
  /** Offered on the rows whose abilities allow it. */
  onEdit: (membership: Membership) => void;
  onRemove: (membership: Membership) => void;
  /** Offered on the memberships awaiting a confirmation the reader may give. */
  onConfirm: (membership: Membership) => void;
  /** The membership being confirmed, whose button shows it is busy. */
  confirming: string | null;
};

export function MembersTable({ members, caption, onEdit, onRemove, onConfirm, confirming }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const format = useFormat();
  const none = t("common.none");
  const hasActions = members.some((member) => member.abilities.update || member.abilities.delete);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table>
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("members.organization")}</Table.Th>
            <Table.Th scope="col">{t("members.sector")}</Table.Th>
            <Table.Th scope="col">{t("members.joinedOn")}</Table.Th>
            <Table.Th scope="col">{t("members.leftOn")}</Table.Th>
            <Table.Th scope="col">{t("members.representative")}</Table.Th>
            <Table.Th scope="col">{t("members.origin")}</Table.Th>
            <Table.Th scope="col">{t("members.isNewPartner")}</Table.Th>
            <Table.Th scope="col">{t("members.involvement")}</Table.Th>
            {hasActions && (
              <Table.Th scope="col">
                <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Anchor component={Link} to={`/organizations/${member.organization.id}`} fw={500} inherit>
                  {member.organization.name}
                </Anchor>
                {member.isLead && (
                  <Badge variant="light" color="indigo" radius="sm" tt="none" fw={500} ml="xs" title={t("registry.leadDescription")}>
                    {t("registry.lead")}
                  </Badge>
                )}
                {member.isCritic && (
                  <Badge {...toneProps("critic")} radius="sm" tt="none" fw={500} ml="xs">
                    {t("coverage.critic")}
                  </Badge>
                )}
                {member.confirmedAt === null && (
                  <Text fz="xs" c="dimmed" mt={4}>
                    {t("members.awaitingConfirmation")}
                  </Text>
                )}
                {member.abilities.confirm && (
                  <Button
                    variant="light"
                    size="compact-sm"
                    mt={4}
                    loading={confirming === member.id}
                    aria-label={t("members.confirmOf", { name: member.organization.name })}
                    onClick={() => onConfirm(member)}
                  >
                    {t("members.confirm")}
                  </Button>
                )}
              </Table.Td>
              <Table.Td>{vocabulary.label("sector", member.organization.sector)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{format.date(member.joinedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{format.date(member.leftOn)}</Table.Td>
              <Table.Td>
                {member.representative ? (
                  <>
                    <Text fz="sm">{member.representative.name}</Text>
                    {member.representative.email && (
                      <Text fz="xs" c="dimmed">
                        {member.representative.email}
                      </Text>
                    )}
                  </>
                ) : (
                  none
                )}
              </Table.Td>
              <Table.Td>{member.origin ? vocabulary.label("membershipOrigin", member.origin) : none}</Table.Td>
              <Table.Td>
                {member.isNewPartner ? (
                  <Badge variant="dot" color="teal" radius="sm" tt="none" fw={500}>
                    {t("common.yes")}
                  </Badge>
                ) : (
                  t("common.no")
                )}
              </Table.Td>
              <Table.Td>
                {member.isLead ? (
                  <Text fz="sm" c="dimmed" title={t("registry.noChecklistForLeadHint")}>
                    {t("registry.noChecklistForLead")}
                  </Text>
                ) : member.abilities.readInvolvement ? (
                  <Button
                    component={Link}
                    to={`/partnerships/${member.partnershipId}/members/${member.id}/involvement`}
                    variant="subtle"
                    size="compact-sm"
                    aria-label={t("members.involvementOf", { name: member.organization.name })}
                  >
                    {t("members.involvement")}
                  </Button>
                ) : (
                  <Text fz="sm" c="dimmed" title={t("access.involvementWithheldTitle")}>
                    {t("access.involvementWithheld")}
                  </Text>
                )}
              </Table.Td>
              {hasActions && (
                <Table.Td>
                  {(member.abilities.update || member.abilities.delete) && (
                    <RowActions
                      editLabel={t("members.edit", { name: member.organization.name })}
                      removeLabel={t("members.remove", { name: member.organization.name })}
                      editTooltip={t("common.edit")}
                      removeTooltip={t("common.remove")}
                      onEdit={member.abilities.update ? () => onEdit(member) : undefined}
                      onRemove={member.abilities.delete ? () => onRemove(member) : undefined}
                    />
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
