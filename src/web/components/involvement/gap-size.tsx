import { Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.js";
import { toneProps } from "../coverage/tones.js";

/**
 * How many levels apart the two views are, in words ("Same level", "2 levels apart") and which side
 * is higher. The badge keeps the page's text colour on its tint, above 4.5:1.
 */
export function GapSize({ difference }: { difference: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = Math.abs(difference);
  return (
    <Group gap="xs" wrap="wrap">
      <Badge {...toneProps(size === 0 ? "good" : "warning")} bd="1px solid currentColor" radius="sm" tt="none">
        {size === 0 ? t("perception.sameLevel") : t("perception.levels", { count: size, formatted: format.number(size) })}
      </Badge>
      {size > 0 && (
        <Text fz="xs" c="dimmed">
          {t(difference > 0 ? "perception.higher.lead" : "perception.higher.partner")}
        </Text>
      )}
    </Group>
  );
}
