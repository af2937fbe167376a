import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

// A long label ("Indigenous organizations") wraps inside its badge instead of being cut with an ellipsis.
const WRAPPING = {
  root: { height: "auto", maxWidth: "100%", paddingBlock: 2 },
  label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip", lineHeight: 1.35 },
} as const;

/** Labels of a vocabulary list as quiet badges, or a dash when there are none. */
export function Tags({ labels }: { labels: string[] }) {
  const { t } = useTranslation();
  if (labels.length === 0) return <>{t("common.none")}</>;
  return (
    <Group gap={6}>
      {labels.map((label) => (
        <Badge key={label} variant="outline" color="gray" radius="sm" tt="none" fw={500} styles={WRAPPING}>
          {label}
        </Badge>
      ))}
    </Group>
  );
}
