import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { passwordResetRequestSchema } from "../../contracts/account-links.js";
import { useRequestPasswordReset } from "../api/account-links.js";
import { isApiError } from "../api/client.js";
import { LinkPage } from "../components/mail/link-page.js";
import { errorMessage } from "../components/notify.js";
import { useSchemaForm } from "../forms/use-schema-form.js";

/** Asks for a reset link. The answer reads the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { form, handleSubmit } = useSchemaForm({
    schema: passwordResetRequestSchema,
    initialValues: { email: "" },
    onSubmit: async (body) => {
      setFailure(null);
      try {
        await request.mutateAsync(body);
        setSentTo(body.email);
      } catch (error) {
        if (isApiError(error) && error.details.length === 0) setFailure(errorMessage(error, t));
        else throw error;
      }
    },
  });

  const back = (
    <Anchor component={Link} to="/sign-in" fz="sm" fw={500}>
      {t("passwordReset.backToSignIn")}
    </Anchor>
  );

  if (sentTo) {
    return (
      <LinkPage title={t("passwordReset.sentTitle")}>
        <Alert color="teal" role="status">
          {t("passwordReset.sent", { email: sentTo })}
        </Alert>
        {back}
      </LinkPage>
    );
  }

  return (
    <LinkPage title={t("passwordReset.requestTitle")} intro={t("passwordReset.requestIntro")}>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("auth.email")}
            type="email"
            autoComplete="username"
            required
            key={form.key("email")}
            {...form.getInputProps("email")}
          />
          <Button type="submit" fullWidth loading={request.isPending}>
            {t("passwordReset.send")}
          </Button>
        </Stack>
      </form>
      {back}
    </LinkPage>
  );
}
