import { Alert, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PerceptionGapBody } from "../../../contracts/involvement.js";
import { useFormat } from "../../i18n/format.js";
import { Section } from "../section.js";
import { GapSize } from "./gap-size.js";
import { indicatorLabel } from "./labels.js";
import { useTypeLabel } from "./use-type-label.js";

function answerKey(value: boolean | null) {
  if (value === true) return "involvement.answer.yes";
  if (value === false) return "involvement.answer.no";
  return "involvement.answer.unanswered";
}

type Organization = { id: string; name: string };

/** Which side of the gap the reader is on: "you" is said only to that side; everyone else reads both names. */
export function readerSide(readerOrganizationId: string | null | undefined, lead: Organization, member: Organization) {
  if (readerOrganizationId && readerOrganizationId === lead.id) return "readerLead";
  if (readerOrganizationId && readerOrganizationId === member.id) return "readerPartner";
  return "others";
}

type Props = { gap: PerceptionGapBody; lead: Organization; readerOrganizationId: string | null | undefined };

/** How the lead's and the partner's views of one member differ in a round, with both sides named. */
export function GapSummary({ gap, lead, readerOrganizationId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const typeLabel = useTypeLabel([gap.lead.rubric, gap.partner.rubric]);
  const leadType = typeLabel(gap.lead.type, gap.lead.rubric).toLocaleLowerCase(format.language);
  const partnerType = typeLabel(gap.partner.type, gap.partner.rubric).toLocaleLowerCase(format.language);
  const side = readerSide(readerOrganizationId, lead, gap.organization);
  const names = { lead: lead.name, partner: gap.organization.name };
  return (
    <Section title={t("involvement.gap.title")}>
      <Stack gap="sm">
        <Alert color={gap.difference === 0 ? "teal" : "orange"} variant="light">
          <Stack gap={6}>
            <Text fw={600}>
              {gap.difference === 0
                ? t(`perception.same.${side}`, { ...names, type: leadType })
                : t(`perception.sentence.${side}`, { ...names, leadType, partnerType })}
            </Text>
            <GapSize difference={gap.difference} />
            <Text fz="sm">{t("perception.explain")}</Text>
          </Stack>
        </Alert>
        {gap.disagreements.length === 0 ? (
          <Text c="dimmed">{t("perception.noDisagreements")}</Text>
        ) : (
          <>
            <Text fw={600}>{t("perception.disagreements")}</Text>
            <List size="sm" spacing={4}>
              {gap.disagreements.map((disagreement) => (
                <List.Item key={disagreement.indicator}>
                  {t("perception.disagreement", {
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
