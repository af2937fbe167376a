import { Alert, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PerceptionGapBody } from "../../../contracts/involvement.js";
import { useFormat } from "../../i18n/format.js";
import { Section } from "../section.js";
import { indicatorLabel } from "./labels.js";
import { useTypeLabel } from "./use-type-label.js";

function answerKey(value: boolean | null) {
  if (value === true) return "involvement.answer.yes";
  if (value === false) return "involvement.answer.no";
  return "involvement.answer.unanswered";
}

/** How the lead's and the partner's views of one member differ in a round. */
export function GapSummary({ gap }: { gap: PerceptionGapBody }) {
  const { t } = useTranslation();
  const format = useFormat();
  const typeLabel = useTypeLabel([gap.lead.rubric, gap.partner.rubric]);
  const lead = typeLabel(gap.lead.type, gap.lead.rubric).toLocaleLowerCase(format.language);
  const partner = typeLabel(gap.partner.type, gap.partner.rubric).toLocaleLowerCase(format.language);
  return (
    <Section title={t("involvement.gap.title")}>
      <Stack gap="sm">
        <Alert color={gap.difference === 0 ? "teal" : "orange"} variant="light">
          <Text fw={600}>
            {gap.difference === 0 ? t("involvement.gap.same", { type: lead }) : t("involvement.gap.sentence", { lead, partner })}
          </Text>
          <Text fz="sm">
            {t("involvement.gap.difference", { count: Math.abs(gap.difference), difference: format.number(gap.difference) })}
          </Text>
        </Alert>
        {gap.disagreements.length === 0 ? (
          <Text c="dimmed">{t("involvement.gap.noDisagreements")}</Text>
        ) : (
          <>
            <Text fw={600}>{t("involvement.gap.disagreements")}</Text>
            <List size="sm" spacing={4}>
              {gap.disagreements.map((disagreement) => (
                <List.Item key={disagreement.indicator}>
                  {t("involvement.gap.disagreement", {
                    indicator: indicatorLabel(disagreement.indicator, format.language),
                    lead: t(answerKey(disagreement.lead)).toLocaleLowerCase(format.language),
                    partner: t(answerKey(disagreement.partner)).toLocaleLowerCase(format.language),
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Section>
  );
}
