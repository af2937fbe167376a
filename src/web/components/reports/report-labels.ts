import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ReportDimension } from "../../../contracts/reports.js";
import { SECTORS, type Sector } from "../../../domain/vocabulary.js";
import { NOT_SET_KEY, type ContinuumType } from "../../../domain/reports/typology-report.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { continuumTypeLabel, isStandardRound } from "../involvement/labels.js";
import type { NumberFormats } from "./chart-options.js";

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** Labels and number formats the reports share, in the current language. */
export function useReportLabels() {
  const { t } = useTranslation();
  const format = useFormat();
  const vocabulary = useVocabulary();
  return useMemo(() => {
    const typeLabel = (type: ContinuumType) => continuumTypeLabel(type, format.language);
    const typeLabels: Record<ContinuumType, string> = {
      none: typeLabel("none"),
      consultation: typeLabel("consultation"),
      cooperation: typeLabel("cooperation"),
      coordination: typeLabel("coordination"),
      collaboration: typeLabel("collaboration"),
    };
    const formats: NumberFormats = { number: format.number, percent: format.percent };
    return {
      language: format.language,
      format,
      formats,
      typeLabels,
      /** A standard round by its name in the language; a round the users named, as they named it. */
      round: (round: string) => (isStandardRound(round) ? t(`involvement.round.${round}`) : round),
      /** What to call a group: a program by its name and code, a region or partnership as typed, a sector by its label. */
      groupLabel: (by: ReportDimension) => (group: { key: string; label: string }) => {
        if (group.key === NOT_SET_KEY) return t("reports.notSet");
        if (by === "sector") return isSector(group.key) ? vocabulary.label("sector", group.key) : group.key;
        if (by === "program" && group.label !== group.key) return `${group.label} (${group.key})`;
        return group.label;
      },
    };
  }, [t, format, vocabulary]);
}
