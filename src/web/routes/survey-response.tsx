import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

/** The form a respondent opens from their personal link: no sign-in, in their language, saved as they go. */
export function SurveyResponsePage() {
  const { t } = useTranslation();
  return <PageHeader title={t("respond.title")} />;
}
