import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** While the figures for new settings load, the previous ones stay visible under this notice. */
export function UpdatingNotice({ isUpdating }: { isUpdating: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="status" style={{ position: "absolute", top: 0, right: 0, zIndex: 1 }}>
      {isUpdating && (
        <Badge variant="light" color="gray" tt="none" radius="sm">
          {t("reports.updating")}
        </Badge>
      )}
    </div>
  );
}
