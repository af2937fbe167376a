import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/vocabulary.js";
import { isLanguage } from "./i18n.js";

/** Canadian variants: day-month order and spacing rules match what partners expect in each language. */
export function intlLocale(language: Language): string {
  return language === "fr" ? "fr-CA" : "en-CA";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-01-15" → "Jan 15, 2026" / "15 janv. 2026"; the calendar day never shifts with the time zone. */
export function formatIsoDate(value: string, language: Language): string {
  const match = ISO_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

export function formatTimestamp(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium" }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** A share given in percent, with one decimal as the reports round it: 76.5 → "76.5%" / "76,5 %". */
export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value / 100,
  );
}

/** A difference with its sign and one decimal: 17.5 → "+17.5", -3 → "-3.0", 0 → "0.0". */
export function formatSignedDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), {
    signDisplay: "exceptZero",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export type Formatters = {
  language: Language;
  date: (value: string | null | undefined) => string;
  timestamp: (value: string) => string;
  number: (value: number) => string;
  percent: (value: number) => string;
  signedDecimal: (value: number) => string;
};

/** Locale-aware formatters that follow the current language; empty dates read as a dash. */
export function useFormat(): Formatters {
  const { i18n, t } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : "en";
  return useMemo(
    () => ({
      language,
      date: (value) => (value ? formatIsoDate(value, language) : t("common.none")),
      timestamp: (value) => formatTimestamp(value, language),
      number: (value) => formatNumber(value, language),
      percent: (value) => formatPercent(value, language),
      signedDecimal: (value) => formatSignedDecimal(value, language),
    }),
    [language, t],
  );
}
