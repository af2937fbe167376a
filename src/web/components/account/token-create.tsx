import { Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tokenCreateSchema } from "../../../contracts/auth.js";
import { useCreateToken } from "../../api/account.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";

/** Creates an API token and shows its secret once, with a copy button, until the user says it is stored. */
export function TokenCreate() {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [secret, setSecret] = useState<string | null>(null);
  const { form, handleSubmit } = useSchemaForm({
    schema: tokenCreateSchema,
    initialValues: { name: "" },
    onSubmit: async (body) => {
      const created = await create.mutateAsync(body.name);
      setSecret(created.token);
      form.reset();
    },
  });

  if (secret) {
    return (
      <Paper withBorder p="md" role="status" bg="var(--mantine-color-teal-light)">
        <Stack gap="sm">
          <Title order={3} fz="md">
            {t("tokens.createdTitle")}
          </Title>
          <Text>{t("tokens.createdMessage")}</Text>
          <TextInput label={t("tokens.value")} value={secret} readOnly onFocus={(event) => event.currentTarget.select()} ff="monospace" />
          <Group gap="sm">
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button variant="filled" onClick={copy}>
                  {copied ? t("tokens.copied") : t("tokens.copy")}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={() => setSecret(null)}>
              {t("tokens.dismiss")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t("tokens.name")}
          description={t("tokens.nameDescription")}
          required
          style={{ flex: "1 1 14rem" }}
          key={form.key("name")}
          {...form.getInputProps("name")}
        />
        <Button type="submit" loading={form.submitting}>
          {t("tokens.create")}
        </Button>
      </Group>
    </form>
  );
}
