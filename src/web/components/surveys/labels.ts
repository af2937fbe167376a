import { useTranslation } from "react-i18next";
import { ROUND_LABELS } from "../../../contracts/surveys.js";
import { useFormat } from "../../i18n/format.js";
import { intlLocale } from "../../i18n/format.js";

type Localized = { en: string; fr: string };

const isRoundLabel = (label: string): label is (typeof ROUND_LABELS)[number] => (ROUND_LABELS as readonly string[]).includes(label);

/** Words of the survey pages that depend on the reader's language: round labels, titles, response rates. */
export function useSurveyText() {
  const { t } = useTranslation();
  const format = useFormat();
  const locale = intlLocale(format.language);
  const wholePercent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const mean = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signedMean = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" });
  return {
    /** baseline, midterm and final in words; a label of one's own as written. */
    roundLabel: (label: string) => (isRoundLabel(label) ? t(`surveys.label.${label}`) : label),
    localized: (text: Localized) => text[format.language],
    /** "7 of 12 (58%)"; "none invited" when nobody was asked. */
    rate: (submitted: number, invited: number) =>
      invited === 0
        ? t("surveys.rate.none")
        : t("surveys.rate.value", {
            submitted: format.number(submitted),
            invited: format.number(invited),
            percent: wholePercent.format(submitted / invited),
          }),
    mean: (value: number) => mean.format(value),
    difference: (value: number) => signedMean.format(value),
  };
}
