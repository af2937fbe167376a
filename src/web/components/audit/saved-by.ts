import { useTranslation } from "react-i18next";
import type { UpdatedBy } from "../../../contracts/audit.js";
import { useFormat } from "../../i18n/format.js";

/**
 * "Last updated … by …" (or "Saved … by …") for a record's last change; without a known person
 * (saved on the command line, or before people were recorded) the line gives the date alone.
 */
export function useSavedLine(): (kind: "updated" | "saved", at: string, by: UpdatedBy) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (kind, at, by) => {
    const date = format.timestamp(at);
    if (by) return t(kind === "updated" ? "audit.updatedBy" : "audit.savedBy", { date, name: by.name });
    return kind === "updated" ? t("common.updated", { date }) : t("involvement.savedOn", { date });
  };
}
