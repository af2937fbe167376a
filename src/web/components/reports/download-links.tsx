import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The report on screen as spreadsheets: plain links, so the browser downloads them with the session cookie. */
export function DownloadLinks({ fileUrl }: { fileUrl: (format: "csv" | "xlsx") => string }) {
  const { t } = useTranslation();
  return (
    <>
      <Button component="a" href={fileUrl("csv")} download variant="default" size="xs">
        {t("reports.download.csv")}
      </Button>
      <Button component="a" href={fileUrl("xlsx")} download variant="default" size="xs">
        {t("reports.download.xlsx")}
      </Button>
    </>
  );
}
