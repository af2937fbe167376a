import { ActionIcon, Anchor, Group, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Contact } from "../../../contracts/contacts.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { DeleteIcon, EditIcon } from "../icons.js";

type Props = {
  contacts: Contact[];
  caption: string;
  onEdit?: (contact: Contact) => void;
  onDelete?: (contact: Contact) => void;
};

export function ContactsTable({ contacts, caption, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const format = useFormat();
  const none = t("common.none");
  const canChange = Boolean(onEdit && onDelete);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("contacts.name")}</Table.Th>
            <Table.Th scope="col">{t("contacts.email")}</Table.Th>
            <Table.Th scope="col">{t("contacts.phone")}</Table.Th>
            <Table.Th scope="col">{t("contacts.preferredLanguage")}</Table.Th>
            <Table.Th scope="col">{t("contacts.verifiedOn")}</Table.Th>
            {canChange && (
              <Table.Th scope="col">
                <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Td>
                <Text fz="sm" fw={500}>
                  {contact.name}
                </Text>
                {contact.title && (
                  <Text fz="xs" c="dimmed">
                    {contact.title}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{contact.email ? <Anchor href={`mailto:${contact.email}`} inherit>{contact.email}</Anchor> : none}</Table.Td>
              <Table.Td>{contact.phone ?? none}</Table.Td>
              <Table.Td>{vocabulary.label("language", contact.preferredLanguage)}</Table.Td>
              <Table.Td>{format.date(contact.verifiedOn)}</Table.Td>
              {onEdit && onDelete && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={t("common.edit")}>
                      <ActionIcon variant="subtle" color="gray" aria-label={t("contacts.edit", { name: contact.name })} onClick={() => onEdit(contact)}>
                        <EditIcon />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t("common.delete")}>
                      <ActionIcon variant="subtle" color="red" aria-label={t("contacts.delete", { name: contact.name })} onClick={() => onDelete(contact)}>
                        <DeleteIcon />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
