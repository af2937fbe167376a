import { Badge } from "@mantine/core";
import type { PartnershipStatus } from "../../domain/vocabulary.js";
import { useVocabulary } from "../i18n/vocabulary.js";

const COLORS: Record<PartnershipStatus, string> = {
  planning: "blue",
  active: "green",
  completed: "gray",
  suspended: "orange",
};

export function StatusBadge({ status }: { status: PartnershipStatus }) {
  const vocabulary = useVocabulary();
  return (
    <Badge color={COLORS[status]} variant="dot" radius="sm" tt="none" fw={500} style={{ flexShrink: 0, minWidth: "max-content" }}>
      {vocabulary.label("partnershipStatus", status)}
    </Badge>
  );
}
