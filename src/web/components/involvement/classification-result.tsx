import { Alert, Badge, Group, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InvolvementRecord } from "../../../contracts/involvement.js";
import { useFormat } from "../../i18n/format.js";
import { useSavedLine } from "../audit/saved-by.js";
import { useTypeLabel } from "./use-type-label.js";

/** The type a perspective's answers lead to, and why, in the current language. */
export function ClassificationResult({ record }: { record: InvolvementRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const savedLine = useSavedLine();
  const { classification } = record;
  const typeLabel = useTypeLabel([classification.rubric]);
  return (
    <Stack gap="xs" aria-live="polite">
      <Group gap="sm">
        <Text fw={600}>{t("involvement.type")}</Text>
        <Badge size="lg" radius="sm" tt="none" color="indigo">
          {typeLabel(classification.type, classification.rubric)}
        </Badge>
      </Group>
      <List size="sm" spacing={4}>
        {classification.reasons.map((reason, index) => (
          <List.Item key={index}>{reason.text[format.language]}</List.Item>
        ))}
      </List>
      {!classification.complete && (
        <Alert
          color="yellow"
          variant="light"
          title={t("involvement.incompleteTitle")}
          styles={{ title: { color: "var(--mantine-color-text)" } }}
        >
          {t("involvement.incomplete")}
        </Alert>
      )}
      <Text fz="xs" c="dimmed">
        {savedLine("saved", record.updatedAt, record.updatedBy)}
      </Text>
    </Stack>
  );
}
