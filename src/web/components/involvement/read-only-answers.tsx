import { DataList, Group, Text, ThemeIcon } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PROJECT_INDICATOR_KEYS, type ProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import { useFormat } from "../../i18n/format.js";
import { toneProps, type Tone } from "../coverage/tones.js";
import { Icon } from "../icons.js";
import { indicatorLabel } from "./labels.js";

type Answer = "yes" | "no" | "unanswered";

const TONES: Readonly<Record<Answer, Tone>> = { yes: "good", no: "bad", unanswered: "neutral" };
const SHAPES: Readonly<Record<Answer, React.ReactNode>> = {
  yes: <path d="M5 12.5l4.5 4.5L19 7.5" />,
  no: <path d="M7 7l10 10M17 7L7 17" />,
  unanswered: <path d="M6 12h12" />,
};

/**
 * A view the reader may not change, as a list of indicators with each answer written out beside its
 * icon, rather than as disabled radio buttons whose faded choice is hard to make out.
 */
export function ReadOnlyAnswers({ answers }: { answers: Record<ProjectIndicatorKey, Answer> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataList orientation="vertical" withDivider gap="xs">
      {PROJECT_INDICATOR_KEYS.map((key) => (
        <DataList.Item key={key}>
          <DataList.ItemLabel c="var(--mantine-color-text)">{indicatorLabel(key, format.language)}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Group gap={6} mt={2}>
              <ThemeIcon {...toneProps(TONES[answers[key]], "filled")} radius="xl" size="sm" aria-hidden="true">
                <Icon size={14}>{SHAPES[answers[key]]}</Icon>
              </ThemeIcon>
              <Text fz="sm" fw={answers[key] === "unanswered" ? 400 : 600} c={answers[key] === "unanswered" ? "dimmed" : undefined}>
                {t(`involvement.answer.${answers[key]}`)}
              </Text>
            </Group>
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
