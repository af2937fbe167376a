import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

/** The library of suggested action steps per instrument score, for administrators to edit. */
export function ActionSuggestionsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("actions.libraryTitle")} />;
}
