import { Alert, Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useConfirmPasswordReset } from "../api/account-links.js";
import { InvalidLink, LinkPage } from "../components/mail/link-page.js";
import { NewPasswordForm } from "../components/mail/new-password-form.js";

/** Opened from a mailed reset link: a new password, then back to signing in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const confirm = useConfirmPasswordReset();
  const [state, setState] = useState<"form" | "done" | "invalid">(token ? "form" : "invalid");

  if (state === "done") {
    return (
      <LinkPage title={t("passwordReset.doneTitle")}>
        <Alert color="teal" role="status">
          {t("passwordReset.done")}
        </Alert>
        <Button component={Link} to="/sign-in" fullWidth>
          {t("passwordReset.signIn")}
        </Button>
      </LinkPage>
    );
  }
  return (
    <LinkPage title={t("passwordReset.chooseTitle")} intro={state === "form" ? t("passwordReset.chooseIntro") : undefined}>
      {state === "invalid" ? (
        <InvalidLink
          title={t("passwordReset.invalidTitle")}
          text={t("passwordReset.invalid")}
          action={{ to: "/forgot-password", label: t("passwordReset.askAgain") }}
        />
      ) : (
        <NewPasswordForm
          token={token}
          label={t("passwordReset.newPassword")}
          submitLabel={t("passwordReset.save")}
          onSubmit={async (body) => {
            await confirm.mutateAsync(body);
            setState("done");
          }}
          onInvalidLink={() => setState("invalid")}
        />
      )}
    </LinkPage>
  );
}
