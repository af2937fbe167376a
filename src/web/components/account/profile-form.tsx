import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { accountUpdateSchema, type Account } from "../../../contracts/account.js";
import { isLanguage } from "../../i18n/i18n.js";
import { useLanguage } from "../../i18n/use-language.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { useUpdateAccount } from "../../api/account.js";
import { useSession } from "../../api/session.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { notifySuccess } from "../notify.js";

/** Name and language; saving a new language switches the app to it. */
export function ProfileForm({ account }: { account: Account }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const { adopt } = useLanguage();
  const update = useUpdateAccount();
  // The header's language switch changes the language too; the session always has the latest.
  const locale = useSession().data?.user.locale ?? account.locale;
  const { form, handleSubmit } = useSchemaForm({
    schema: accountUpdateSchema,
    initialValues: { name: account.name, locale },
    onSubmit: async (body) => {
      const saved = await update.mutateAsync(body);
      adopt(saved.locale);
      notifySuccess(t("account.profileSaved", { lng: saved.locale }));
    },
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={2}>
            <Text fz="sm" fw={500}>
              {t("account.email")}
            </Text>
            <Text style={{ overflowWrap: "anywhere" }}>{account.email}</Text>
          </Stack>
          <Stack gap={2}>
            <Text fz="sm" fw={500}>
              {t("account.role")}
            </Text>
            <Text>{vocabulary.label("role", account.role)}</Text>
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("account.name")} required autoComplete="name" key={form.key("name")} {...form.getInputProps("name")} />
          <Select
            label={t("account.language")}
            description={t("account.languageDescription")}
            allowDeselect={false}
            data={vocabulary.options("language")}
            key={form.key("locale")}
            {...form.getInputProps("locale")}
            onChange={(value) => {
              if (value && isLanguage(value)) form.setFieldValue("locale", value);
            }}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t("account.saveProfile")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
