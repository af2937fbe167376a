import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../i18n/format.js";
import { isLanguage } from "../../i18n/i18n.js";

/** A moment with its date and time ("Dec 1, 2026, 9:14 a.m."), or the given word when there is none. */
export function useDateTime(): (value: string | null, none: string) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeStyle: "short" });
    return (value, none) => (value ? format.format(new Date(value)) : none);
  }, [language]);
}
