import { Badge, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RubricBody } from "../../../contracts/typology.js";
import { useRubric } from "../../api/rubrics.js";
import { useFormat } from "../../i18n/format.js";
import { QueryState } from "../query-state.js";
import { conditionSentence } from "./condition-words.js";

function Levels({ rubric }: { rubric: RubricBody }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  return (
    <Stack gap="sm">
      <Title order={3} fz="h4">
        {t("program.rubric.levelsTitle")}
      </Title>
      <Text fz="sm" c="dimmed">
        {t("program.rubric.levelsIntro")}
      </Text>
      <List type="ordered" spacing="md" listStyleType="decimal" withPadding>
        {rubric.levels.map((level) => (
          <List.Item key={level.key}>
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={600}>{level.label[language]}</Text>
                {level.condition === "always" && (
                  <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
                    {t("program.rubric.fallbackBadge")}
                  </Badge>
                )}
              </Group>
              <Text fz="sm">
                <Text span inherit fw={500}>
                  {t("program.rubric.reachedWith")}{" "}
                </Text>
                {conditionSentence(level.condition, language) ?? t("program.rubric.fallback")}
              </Text>
              <Text fz="sm" c="dimmed">
                {level.rationale[language]}
              </Text>
            </Stack>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** A rubric's levels in the order they are tried, each with its condition in words and its rationale. */
export function RubricLevels({ id, version }: { id: string; version: number }) {
  const rubric = useRubric(id, version);
  return <QueryState query={rubric}>{(current) => <Levels rubric={current} />}</QueryState>;
}
