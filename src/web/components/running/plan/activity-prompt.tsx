import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Activity } from "../../../../contracts/plan.js";
import { isLanguage } from "../../../i18n/i18n.js";

const ROUND_LABELS = ["baseline", "midterm", "final"] as const;
const isRoundLabel = (label: string): label is (typeof ROUND_LABELS)[number] => (ROUND_LABELS as readonly string[]).includes(label);

/** "Prompted by {score} — {round}": the survey score whose action step the activity came from, linking to its round. */
export function ActivityPrompt({ prompt }: { prompt: NonNullable<Activity["prompt"]> }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  const score = prompt.scoreTitle ? prompt.scoreTitle[language] : prompt.scoreKey;
  const round = isRoundLabel(prompt.label) ? t(`actions.roundLabel.${prompt.label}`) : prompt.label;
  return (
    <Text size="sm">
      <Anchor component={Link} to={`/surveys/${prompt.roundId}`}>
        {t("actions.promptedBy", { score, round })}
      </Anchor>
    </Text>
  );
}
