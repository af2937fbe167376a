import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

export function DataTransferPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("transfer.title")} />;
}
