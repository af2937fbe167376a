import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useAcceptInvitation } from "../api/account-links.js";
import { InvalidLink, LinkPage } from "../components/mail/link-page.js";
import { NewPasswordForm } from "../components/mail/new-password-form.js";
import { useLanguage } from "../i18n/use-language.js";

/** Opened from a mailed invitation: the first password, and the person is signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const accept = useAcceptInvitation();
  const { adopt } = useLanguage();
  const [invalid, setInvalid] = useState(!token);

  return (
    <LinkPage title={t("invitation.acceptTitle")} intro={invalid ? undefined : t("invitation.acceptIntro")}>
      {invalid ? (
        <InvalidLink
          title={t("invitation.invalidTitle")}
          text={t("invitation.invalid")}
          action={{ to: "/forgot-password", label: t("passwordReset.askAgain") }}
        />
      ) : (
        <NewPasswordForm
          token={token}
          label={t("invitation.password")}
          submitLabel={t("invitation.accept")}
          onSubmit={async (body) => {
            const session = await accept.mutateAsync(body);
            adopt(session.user.locale);
            await navigate("/", { replace: true });
          }}
          onInvalidLink={() => setInvalid(true)}
        />
      )}
    </LinkPage>
  );
}
