import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Round } from "../../../contracts/surveys.js";

const COLORS: Record<Round["status"], string> = { scheduled: "blue", open: "green", closed: "gray" };

/** A round's status in words, with a coloured dot beside them. */
export function RoundStatusBadge({ status }: { status: Round["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="dot" radius="sm" tt="none" fw={500} style={{ flexShrink: 0, minWidth: "max-content" }}>
      {t(`surveys.status.${status}`)}
    </Badge>
  );
}
