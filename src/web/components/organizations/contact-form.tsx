import { Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { contactCreateSchema, type Contact } from "../../../contracts/contacts.js";
import { useSaveContact } from "../../api/contacts.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { FormActions } from "../form-actions.js";
import { notifySuccess } from "../notify.js";

type Props = { organizationId: string; contact: Contact | null; onDone: () => void };

export function ContactForm({ organizationId, contact, onDone }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const save = useSaveContact(organizationId);
  const { form, handleSubmit } = useSchemaForm({
    schema: contactCreateSchema,
    initialValues: {
      name: contact?.name ?? "",
      title: contact?.title ?? "",
      email: contact?.email ?? "",
      phone: contact?.phone ?? "",
      preferredLanguage: contact?.preferredLanguage ?? "en",
      verifiedOn: contact?.verifiedOn ?? "",
    },
    onSubmit: async (body) => {
      await save.mutateAsync({ id: contact?.id ?? null, body });
      notifySuccess(t("contacts.savedMessage"));
      onDone();
    },
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t("contacts.name")} required data-autofocus key={form.key("name")} {...form.getInputProps("name")} />
        <TextInput label={t("contacts.jobTitle")} key={form.key("title")} {...form.getInputProps("title")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("contacts.email")} type="email" autoComplete="off" key={form.key("email")} {...form.getInputProps("email")} />
          <TextInput label={t("contacts.phone")} type="tel" autoComplete="off" key={form.key("phone")} {...form.getInputProps("phone")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("contacts.preferredLanguage")}
            required
            allowDeselect={false}
            data={vocabulary.options("language")}
            key={form.key("preferredLanguage")}
            {...form.getInputProps("preferredLanguage")}
          />
          <TextInput
            label={t("contacts.verifiedOn")}
            description={t("contacts.verifiedOnDescription")}
            type="date"
            key={form.key("verifiedOn")}
            {...form.getInputProps("verifiedOn")}
          />
        </SimpleGrid>
        <FormActions submitLabel={t("common.save")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
