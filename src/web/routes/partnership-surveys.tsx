import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

/** A partnership's survey rounds: open one, follow the response rate, reach the results. */
export function PartnershipSurveysPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("surveys.title")} />;
}
