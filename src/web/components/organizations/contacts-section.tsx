import { Button, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Contact } from "../../../contracts/contacts.js";
import type { Organization } from "../../../contracts/organizations.js";
import { useContacts, useDeleteContact } from "../../api/contacts.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { PlusIcon } from "../icons.js";
import { errorMessage, notifySuccess } from "../notify.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { ContactForm } from "./contact-form.js";
import { ContactsTable } from "./contacts-table.js";

type Editing = { contact: Contact | null } | null;

export function ContactsSection({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const { readContacts, manageContacts } = organization.abilities;
  const contacts = useContacts(organization.id, readContacts);
  const remove = useDeleteContact(organization.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);

  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <Section
      title={t("contacts.title")}
      actions={
        manageContacts && (
          <Button variant="light" leftSection={<PlusIcon size={16} />} onClick={() => setEditing({ contact: null })}>
            {t("contacts.add")}
          </Button>
        )
      }
    >
      {readContacts ? (
        <QueryState query={contacts}>
          {(page) =>
            page.data.length === 0 ? (
              <Text c="dimmed">{t("contacts.empty")}</Text>
            ) : (
              <ContactsTable
                contacts={page.data}
                caption={t("contacts.tableCaption", { name: organization.name })}
                onEdit={(contact) => setEditing({ contact })}
                onDelete={setDeleting}
              />
            )
          }
        </QueryState>
      ) : (
        <Text c="dimmed">{t("access.contactsWithheld")}</Text>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.contact ? t("contacts.editTitle") : t("contacts.addTitle")}
        size="lg"
      >
        {editing && <ContactForm organizationId={organization.id} contact={editing.contact} onDone={() => setEditing(null)} />}
      </Modal>

      <ConfirmDialog
        opened={deleting !== null}
        title={t("contacts.deleteTitle")}
        message={t("contacts.deleteConfirm", { name: deleting?.name ?? "" })}
        confirmLabel={t("common.delete")}
        isPending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error, t) : null}
        errorTitle={t("errors.deleteFailed")}
        onClose={closeDelete}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t("contacts.deletedMessage"));
              closeDelete();
            },
          });
        }}
      />
    </Section>
  );
}
