import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageBody } from "../../../contracts/coverage.js";
import type { AxisStage } from "../../../domain/coverage/axis.js";
import type { Localized } from "../../../domain/coverage/phrasing.js";
import { intlLocale, useFormat } from "../../i18n/format.js";

type Share = CoverageBody["newPartners"];

export type CoverageText = {
  /** The server's text in the current language. */
  localized: (text: Localized) => string;
  stage: (stage: AxisStage) => string;
  /** A number with a fixed count of decimals, e.g. the balance index "0.56" / "0,56". */
  decimal: (value: number, digits?: number) => string;
  percent: (share: number) => string;
  /** "3 of 5 (60%)" / "3 sur 5 (60 %)". */
  share: (share: Share) => string;
  /** "a, b and c" / "a, b et c". */
  list: (items: readonly string[]) => string;
  /** "a, b or c" / "a, b ou c". */
  alternatives: (items: readonly string[]) => string;
  /** Who sits at the table, the lead organization said to be one: "City Hall (lead organization)". */
  member: (member: { name: string; isLead: boolean }) => string;
  /** Several of them as a list. */
  members: (members: readonly { name: string; isLead: boolean }[]) => string;
};

/** Formatting shared by the coverage panels: server texts, stage labels, shares and lists in the current language. */
export function useCoverageText(): CoverageText {
  const { t } = useTranslation();
  const { language } = useFormat();
  return useMemo(() => {
    const locale = intlLocale(language);
    const percentFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
    const countFormat = new Intl.NumberFormat(locale);
    const listFormat = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    const alternativeFormat = new Intl.ListFormat(locale, { style: "long", type: "disjunction" });
    const percent = (share: number) => percentFormat.format(share);
    const member = (entry: { name: string; isLead: boolean }) => (entry.isLead ? t("coverage.lead", { name: entry.name }) : entry.name);
    return {
      localized: (text) => text[language],
      stage: (stage) => t(`coverage.stage.${stage}`),
      decimal: (value, digits = 2) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
      percent,
      share: (share) => t("coverage.stats.share", { part: countFormat.format(share.count), total: countFormat.format(share.total), percent: percent(share.share) }),
      list: (items) => listFormat.format(items),
      alternatives: (items) => alternativeFormat.format(items),
      member,
      members: (entries) => listFormat.format(entries.map(member)),
    };
  }, [language, t]);
}
