import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** "Organizations · Convene": the tab and the screen reader's page announcement name the page. */
export function useDocumentTitle(title: string | null): void {
  const { t } = useTranslation();
  const appName = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
