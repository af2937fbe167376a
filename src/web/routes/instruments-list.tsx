import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

/** The survey instruments: the built-in ones and those added, for administrators to import, export, copy and edit. */
export function InstrumentsListPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("instruments.title")} />;
}
