import { useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";
import { ActionStepsPanel } from "../components/surveys/action-steps-panel.js";

/** One survey round: who was asked and how far they got, its results, and the action steps they prompt. */
export function SurveyRoundPage() {
  const { t } = useTranslation();
  const { roundId = "" } = useParams();
  return (
    <>
      <PageHeader title={t("surveys.roundTitle")} />
      <ActionStepsPanel roundId={roundId} />
    </>
  );
}
