import { Badge } from "@mantine/core";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { MailStatus } from "../../../contracts/mail.js";
import { intlLocale, useFormat } from "../../i18n/format.js";

const COLORS: Record<MailStatus, string> = { queued: "blue", sending: "blue", sent: "green", failed: "red", held: "gray" };

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="dot" radius="sm" tt="none" fw={500} style={{ flexShrink: 0, minWidth: "max-content" }}>
      {t(`outbox.statuses.${status}`)}
    </Badge>
  );
}

/** A moment as date and time in the current language: "Dec 1, 2026, 9:04 a.m." */
export function useWhen(): (iso: string) => string {
  const { language } = useFormat();
  return useCallback(
    (iso: string) => new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)),
    [language],
  );
}
