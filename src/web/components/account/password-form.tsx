import { Button, Group, PasswordInput, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { passwordChangeSchemaFor } from "../../../contracts/account.js";
import { PASSWORD_MIN_LENGTH } from "../../../contracts/auth.js";
import { useChangePassword } from "../../api/account.js";
import { useSession } from "../../api/session.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { notifySuccess } from "../notify.js";

export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const email = useSession().data?.user.email ?? "";
  const { form, handleSubmit } = useSchemaForm({
    schema: passwordChangeSchemaFor(email),
    initialValues: { currentPassword: "", newPassword: "" },
    onSubmit: async (body) => {
      await change.mutateAsync(body);
      form.reset();
      notifySuccess(t("account.passwordChanged"));
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput
            label={t("account.currentPassword")}
            required
            autoComplete="current-password"
            key={form.key("currentPassword")}
            {...form.getInputProps("currentPassword")}
          />
          <PasswordInput
            label={t("account.newPassword")}
            description={t("account.newPasswordDescription", { count: PASSWORD_MIN_LENGTH })}
            required
            autoComplete="new-password"
            key={form.key("newPassword")}
            {...form.getInputProps("newPassword")}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t("account.changePassword")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
