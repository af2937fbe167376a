import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

/** A program's surveys: open rounds across its partnerships, and how many fall in each band per score. */
export function ProgramSurveysPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("surveys.programTitle")} />;
}
