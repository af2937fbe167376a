import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

/** One survey round: who was asked and how far they got, its results, and the action steps they prompt. */
export function SurveyRoundPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("surveys.roundTitle")} />;
}
