import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { loginSchema } from "../../contracts/auth.js";
import { isApiError } from "../api/client.js";
import { useSession, useSignIn } from "../api/session.js";
import { BrandMark } from "../components/layout/brand.js";
import { PublicLayout } from "../components/layout/public-layout.js";
import { errorMessage } from "../components/notify.js";
import { useDocumentTitle } from "../components/use-document-title.js";
import { useSchemaForm } from "../forms/use-schema-form.js";
import { useLanguage } from "../i18n/use-language.js";

/** Only same-site paths, so a crafted link cannot send the user elsewhere after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const signIn = useSignIn();
  const { adopt } = useLanguage();
  const [failure, setFailure] = useState<string | null>(null);
  const next = safeNext(params.get("next"));
  useDocumentTitle(t("auth.submit"));

  const { form, handleSubmit } = useSchemaForm({
    schema: loginSchema,
    initialValues: { email: "", password: "" },
    onSubmit: async (credentials) => {
      setFailure(null);
      try {
        const result = await signIn.mutateAsync(credentials);
        adopt(result.user.locale);
        await navigate(next, { replace: true });
      } catch (error) {
        // Wrong credentials and rate limits are explained in place rather than in a passing notification.
        if (isApiError(error) && error.details.length === 0) setFailure(errorMessage(error, t));
        else throw error;
      }
    },
  });

  if (session.data) return <Navigate to={next} replace />;

  return (
    <PublicLayout>
      <Paper p="xl" shadow="sm">
        <Stack gap="lg">
          <Stack gap="xs" align="flex-start">
            <BrandMark size={40} />
            <Title order={1}>{t("auth.title")}</Title>
            <Text c="dimmed" fz="sm">
              {t("auth.intro")}
            </Text>
          </Stack>
          {failure && (
            <Alert color="red" title={t("auth.failed")} role="alert">
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
              <PasswordInput
                label={t("auth.password")}
                autoComplete="current-password"
                required
                key={form.key("password")}
                {...form.getInputProps("password")}
              />
              <Button type="submit" fullWidth loading={signIn.isPending} mt="xs">
                {t("auth.submit")}
              </Button>
              <Anchor component={Link} to="/forgot-password" fz="sm" fw={500}>
                {t("passwordReset.forgot")}
              </Anchor>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </PublicLayout>
  );
}
