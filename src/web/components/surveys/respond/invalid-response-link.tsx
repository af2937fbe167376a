import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { InvalidLink, LinkPage } from "../../mail/link-page.js";

/** The browser's own language, whatever was chosen before in this browser: the page knows nothing of the respondent. */
function browserLanguage(): "en" | "fr" {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith("fr")) ? "fr" : "en";
}

/**
 * A link that opens no form: unknown, expired, revoked or of a closed round. The server answers the same
 * for each, and so does this page, so that nothing tells one case from another.
 */
export function InvalidResponseLink() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    const language = browserLanguage();
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n]);
  return (
    <LinkPage title={t("respond.title")}>
      <InvalidLink
        title={t("respond.invalid.title")}
        text={t("respond.invalid.text")}
        action={{ to: "/", label: t("respond.invalid.home") }}
      />
    </LinkPage>
  );
}
