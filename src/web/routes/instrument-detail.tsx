import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";

/** One instrument: its sections, items, scores and bands, version by version. */
export function InstrumentDetailPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("instruments.detailTitle")} />;
}
