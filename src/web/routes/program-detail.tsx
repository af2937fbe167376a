import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

export function ProgramDetailPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("program.title")} />;
}
