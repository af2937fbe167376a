import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/format.js";
import { isLanguage } from "../../../i18n/i18n.js";

/** A meeting's start and end in the reader's language and time zone: "Wed, Mar 4, 2026, 6:30 – 8:00 p.m.". */
export function useMeetingTime() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale(language), {
      weekday: "short",
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
    });
    const zone = new Intl.DateTimeFormat(intlLocale(language), { timeZoneName: "short" })
      .formatToParts(new Date())
      .find((part) => part.type === "timeZoneName")?.value;
    return {
      range: (startsAt: string, endsAt: string) => {
        const text = format.formatRange(new Date(startsAt), new Date(endsAt));
        return zone ? `${text} (${zone})` : text;
      },
      moment: (at: string) => format.format(new Date(at)),
    };
  }, [language]);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** An instant as a datetime-local field's value, in the reader's time zone. */
export function toLocalInput(at: string | null | undefined): string {
  if (!at) return "";
  const date = new Date(at);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local field's value (the reader's time zone) as a UTC instant; an empty or broken value stays as it is, for the schema to refuse. */
export function fromLocalInput(value: string): string {
  if (!value) return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
