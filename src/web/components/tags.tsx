import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Labels of a vocabulary list as quiet badges, or a dash when there are none. */
export function Tags({ labels }: { labels: string[] }) {
  const { t } = useTranslation();
  if (labels.length === 0) return <>{t("common.none")}</>;
  return (
    <Group gap={6}>
      {labels.map((label) => (
        <Badge key={label} variant="outline" color="gray" radius="sm" tt="none" fw={500}>
          {label}
        </Badge>
      ))}
    </Group>
  );
}
