import { Anchor, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Contact } from "../../../contracts/contacts.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { RowActions } from "../row-actions.js";

type Props = {
  contacts: Contact[];
  caption: string;
  /** Offered on the rows whose abilities allow it. */
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
};

export function ContactsTable({ contacts, caption, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const format = useFormat();
  const none = t("common.none");
  const canChange = contacts.some((contact) => contact.abilities.update || contact.abilities.delete);
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
              <Table.Td>
                {contact.email ? (
                  <Anchor href={`mailto:${contact.email}`} inherit>
                    {contact.email}
                  </Anchor>
                ) : (
                  none
                )}
              </Table.Td>
              <Table.Td>{contact.phone ?? none}</Table.Td>
              <Table.Td>{vocabulary.label("language", contact.preferredLanguage)}</Table.Td>
              <Table.Td>{format.date(contact.verifiedOn)}</Table.Td>
              {canChange && (
                <Table.Td>
                  <RowActions
                    editLabel={t("contacts.edit", { name: contact.name })}
                    removeLabel={t("contacts.delete", { name: contact.name })}
                    editTooltip={t("common.edit")}
                    removeTooltip={t("common.delete")}
                    onEdit={contact.abilities.update ? () => onEdit(contact) : undefined}
                    onRemove={contact.abilities.delete ? () => onDelete(contact) : undefined}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
