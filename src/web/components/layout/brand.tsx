import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The Convene mark: two people facing forward together. Decorative; the name beside it is the text. */
export function BrandMark({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-harbour-8)" />
      <circle cx="11" cy="13" r="4" fill="#fff" />
      <circle cx="21" cy="13" r="4" fill="#fff" opacity=".75" />
      <path
        d="M5 25c1-4.5 3.5-6.5 6-6.5s5 2 6 6.5M15 25c1-4.5 3.5-6.5 6-6.5s5 2 6 6.5"
        stroke="#fff"
        strokeWidth="2.2"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap={10} wrap="nowrap">
      <BrandMark />
      <Text span fw={700} fz="lg" c="harbour.9" style={{ letterSpacing: "-0.01em" }}>
        {t("app.name")}
      </Text>
    </Group>
  );
}
