import { Button, CopyButton, Group, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TOKEN_DEFAULT_DAYS, TOKEN_LIFETIME_CHOICES, tokenCreateSchema } from "../../../contracts/auth.js";
import { useCreateToken } from "../../api/account.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { useDateTime } from "./use-date-time.js";

const NEVER = "never";

/**
 * Creates an API token, expiring after the lifetime chosen (a year unless told otherwise), and shows
 * its secret once, with a copy button and when it expires, until the user says it is stored.
 */
export function TokenCreate() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const create = useCreateToken();
  const [created, setCreated] = useState<{ secret: string; expiresAt: string | null } | null>(null);
  const [lifetime, setLifetime] = useState(String(TOKEN_DEFAULT_DAYS));
  const { form, handleSubmit } = useSchemaForm({
    schema: tokenCreateSchema,
    initialValues: { name: "" },
    onSubmit: async (body) => {
      const token = await create.mutateAsync({ name: body.name, expiresInDays: lifetime === NEVER ? null : Number(lifetime) });
      setCreated({ secret: token.token, expiresAt: token.expiresAt });
      form.reset();
      setLifetime(String(TOKEN_DEFAULT_DAYS));
    },
  });
  const lifetimes = [
    ...TOKEN_LIFETIME_CHOICES.map((days) => ({ value: String(days), label: t("tokens.afterDays", { count: days }) })),
    { value: NEVER, label: t("tokens.neverExpires") },
  ];

  if (created) {
    const secret = created.secret;
    return (
      <Paper withBorder p="md" role="status" bg="var(--mantine-color-teal-light)">
        <Stack gap="sm">
          <Title order={3} fz="md">
            {t("tokens.createdTitle")}
          </Title>
          <Text>{t("tokens.createdMessage")}</Text>
          <Text>
            {created.expiresAt ? t("tokens.createdUntil", { date: dateTime(created.expiresAt, "") }) : t("tokens.createdForever")}
          </Text>
          <TextInput label={t("tokens.value")} value={secret} readOnly onFocus={(event) => event.currentTarget.select()} ff="monospace" />
          <Group gap="sm">
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button variant="filled" onClick={copy}>
                  {copied ? t("tokens.copied") : t("tokens.copy")}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={() => setCreated(null)}>
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
        <Select
          label={t("tokens.lifetime")}
          description={t("tokens.lifetimeDescription")}
          data={lifetimes}
          value={lifetime}
          onChange={(value) => setLifetime(value ?? String(TOKEN_DEFAULT_DAYS))}
          allowDeselect={false}
          style={{ flex: "0 1 12rem" }}
        />
        <Button type="submit" loading={form.submitting}>
          {t("tokens.create")}
        </Button>
      </Group>
    </form>
  );
}
