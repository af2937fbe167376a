import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { passwordResetConfirmSchema } from "../../../contracts/account-links.js";
import { isApiError } from "../../api/client.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { errorMessage } from "../notify.js";

type Props = {
  token: string;
  label: string;
  submitLabel: string;
  onSubmit: (body: { token: string; password: string }) => Promise<unknown>;
  /** Shown in place of the form once the server says the link no longer works. */
  onInvalidLink: () => void;
};

/** The one field of a mailed link's page: the password to set, checked by the same rule as everywhere. */
export function NewPasswordForm({ token, label, submitLabel, onSubmit, onInvalidLink }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const { form, handleSubmit } = useSchemaForm({
    schema: passwordResetConfirmSchema,
    initialValues: { password: "" },
    toInput: (values) => ({ token, password: values.password }),
    onSubmit: async (body) => {
      setFailure(null);
      try {
        await onSubmit(body);
      } catch (error) {
        if (isApiError(error) && error.code === "link_invalid") onInvalidLink();
        else if (isApiError(error) && error.details.length === 0) setFailure(errorMessage(error, t));
        else throw error;
      }
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <PasswordInput
          label={label}
          description={t("passwordReset.passwordHint")}
          autoComplete="new-password"
          required
          key={form.key("password")}
          {...form.getInputProps("password")}
        />
        <Button type="submit" fullWidth loading={form.submitting}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
