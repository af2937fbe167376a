import { Badge, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CoverageBody } from "../../../contracts/coverage.js";
import { ANSWER_TONES, AnswerIcon } from "./answer-icon.js";
import { toneProps } from "./tones.js";
import { useCoverageText } from "./use-coverage-text.js";

/** The partner-selection questions, each with its answer in words, colour and icon, and what is missing. */
export function SelectionChecklist({ checklist }: { checklist: CoverageBody["checklist"] }) {
  const { t } = useTranslation();
  const text = useCoverageText();
  return (
    <Stack gap="sm">
      <Text fz="sm">{t("coverage.checklist.intro")}</Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
        {checklist.map((item) => (
          <Paper component="li" key={item.question} withBorder p="sm" radius="md">
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <AnswerIcon answer={item.answer} />
              <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs" justify="space-between" align="flex-start">
                  <Title order={4} fz="md" style={{ flex: 1, minWidth: 200 }}>
                    {text.localized(item.prompt)}
                  </Title>
                  <Badge {...toneProps(ANSWER_TONES[item.answer])} radius="sm" tt="none" size="lg">
                    {t(`coverage.checklist.answer.${item.answer}`)}
                  </Badge>
                </Group>
                <Text fz="sm">{text.localized(item.summary)}</Text>
                {item.gaps.length > 0 && (
                  <>
                    <Text fz="sm" fw={600}>
                      {t("coverage.checklist.gaps")}
                    </Text>
                    <List size="sm" spacing={4}>
                      {item.gaps.map((gap, index) => (
                        <List.Item key={index}>
                          <Badge {...toneProps(gap.required ? "bad" : "neutral", "outline")} radius="sm" tt="none" size="sm" mr={6}>
                            {gap.required ? t("coverage.checklist.required") : t("coverage.checklist.suggested")}
                          </Badge>
                          {text.localized(gap.text)}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
