import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { RoundDetail } from "../../contracts/surveys.js";
import { useRound } from "../api/surveys.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { Section } from "../components/section.js";
import { ActionStepsPanel } from "../components/surveys/action-steps-panel.js";
import { useSurveyText } from "../components/surveys/labels.js";
import { OrganizationRates } from "../components/surveys/organization-rates.js";
import { RespondentsTable } from "../components/surveys/respondents-table.js";
import { RoundControls } from "../components/surveys/round-controls.js";
import { RoundResults } from "../components/surveys/round-results.js";
import { RoundStatusBadge } from "../components/surveys/round-status-badge.js";
import { useFormat } from "../i18n/format.js";

function RoundView({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSurveyText();
  const runs = round.abilities.update;
  return (
    <>
      <PageHeader
        title={t("surveys.round.header", { instrument: text.localized(round.instrument.title), label: text.roundLabel(round.label) })}
        back={{ to: `/partnerships/${round.partnership.id}/surveys`, label: round.partnership.name }}
        badges={<RoundStatusBadge status={round.status} />}
        description={
          <Stack gap={2} component="span">
            <Text inherit component="span">
              {round.closedAt && round.closedAt.slice(0, 10) < round.closesOn
                ? t("surveys.round.closedEarly", { date: format.timestamp(round.closedAt) })
                : t("surveys.round.dates", { from: format.date(round.opensOn), to: format.date(round.closesOn) })}
            </Text>
            <Text inherit component="span">
              {t("surveys.round.threshold", { threshold: format.number(round.threshold) })}
            </Text>
          </Stack>
        }
        actions={runs || round.abilities.close ? <RoundControls round={round} /> : undefined}
      />
      <Stack gap="lg">
        {runs && (
          <Section title={t("surveys.respondents.title")}>
            <Stack gap="lg">
              <Stack gap="xs">
                <Text fw={600}>{t("surveys.respondents.byOrganization")}</Text>
                <Text size="sm" fw={500} aria-live="polite">
                  {t("surveys.results.responseRate", { rate: text.rate(round.submitted, round.invited) })}
                </Text>
                <OrganizationRates round={round} />
                {round.status === "open" && (
                  <Text size="xs" c="dimmed">
                    {t("surveys.round.live")}
                  </Text>
                )}
              </Stack>
              <RespondentsTable round={round} />
            </Stack>
          </Section>
        )}
        <RoundResults round={round} />
        <ActionStepsPanel roundId={round.id} />
      </Stack>
    </>
  );
}

/** One survey round: who was asked and how far they got, its results, and the action steps they prompt. */
export function SurveyRoundPage() {
  const { t } = useTranslation();
  const { roundId = "" } = useParams();
  const round = useRound(roundId);
  return (
    <QueryState query={round} notFound={t("surveys.round.notFound")}>
      {(current) => <RoundView round={current} />}
    </QueryState>
  );
}
