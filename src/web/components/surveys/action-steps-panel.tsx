import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ActionProposals, ActionStep } from "../../../contracts/action-steps.js";
import { useActionProposals, useDecideStep } from "../../api/action-steps.js";
import { isLanguage } from "../../i18n/i18n.js";
import { notifyError, notifySuccess } from "../notify.js";
import { QueryState } from "../query-state.js";
import { AcceptStepForm } from "./accept-step-form.js";

type Props = { roundId: string };
type Score = ActionProposals["scores"][number];
type Accepting = { scoreKey: string; text: string; suggestionKey?: string; step?: { id: string; version: number } };

const BANDS = ["concern", "borderline", "strength"] as const;
const isKnownBand = (band: string): band is (typeof BANDS)[number] => (BANDS as readonly string[]).includes(band);

/** The action steps a round's weak scores propose, and the coordinator's decisions about them. */
export function ActionStepsPanel({ roundId }: Props) {
  const { t } = useTranslation();
  const [borderline, setBorderline] = useState(false);
  const [accepting, setAccepting] = useState<Accepting | null>(null);
  const proposals = useActionProposals(roundId, borderline);
  return (
    <Stack gap="md" component="section" aria-labelledby={`action-steps-${roundId}`}>
      <Title order={2} id={`action-steps-${roundId}`}>
        {t("actions.panelTitle")}
      </Title>
      <Text size="sm">{t("actions.panelIntro")}</Text>
      <Switch label={t("actions.showBorderline")} checked={borderline} onChange={(event) => setBorderline(event.currentTarget.checked)} />
      <QueryState query={proposals}>
        {(data) =>
          data.withheld ? (
            <Text size="sm">{t("actions.withheld")}</Text>
          ) : data.scores.length === 0 ? (
            <Text size="sm">{borderline ? t("actions.noWeakOrBorderline") : t("actions.noWeakScores")}</Text>
          ) : (
            data.scores.map((score) => <ScoreProposals key={score.key} proposals={data} score={score} onAccept={setAccepting} />)
          )
        }
      </QueryState>
      {accepting && proposals.data && (
        <Modal opened onClose={() => setAccepting(null)} title={t("actions.acceptTitle")} size="lg">
          <AcceptStepForm roundId={roundId} partnershipId={proposals.data.partnershipId} {...accepting} onDone={() => setAccepting(null)} />
        </Modal>
      )}
    </Stack>
  );
}

function ScoreProposals({
  proposals,
  score,
  onAccept,
}: {
  proposals: ActionProposals;
  score: Score;
  onAccept: (accepting: Accepting) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  const decide = useDecideStep(proposals.roundId, proposals.partnershipId);
  const mean = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score.mean);
  const band = isKnownBand(score.band) ? t(`actions.band.${score.band}`) : score.band;
  const dismiss = (suggestionKey: string) =>
    decide.mutate(
      { scoreKey: score.key, suggestionKey, decision: "dismiss" },
      { onSuccess: () => notifySuccess(t("actions.dismissed")), onError: (error) => notifyError(error, t("errors.saveFailed"), t) },
    );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>{t("actions.scoreHeading", { score: score.title[language], mean, band })}</Title>
        <Title order={4}>{t("actions.suggestions")}</Title>
        {score.suggestions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("actions.noSuggestions")}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {score.suggestions.map((suggestion) => {
              const text = suggestion.text[language];
              return (
                <Group key={suggestion.key} component="li" justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                  <Text size="sm" style={{ flex: "1 1 14rem" }}>
                    {text}
                  </Text>
                  {proposals.canDecide && (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        aria-label={t("actions.acceptNamed", { text })}
                        onClick={() => onAccept({ scoreKey: score.key, suggestionKey: suggestion.key, text })}
                      >
                        {t("actions.accept")}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t("actions.dismissNamed", { text })}
                        loading={decide.isPending}
                        onClick={() => dismiss(suggestion.key)}
                      >
                        {t("actions.dismiss")}
                      </Button>
                    </Group>
                  )}
                </Group>
              );
            })}
          </Stack>
        )}
        {score.steps.length > 0 && (
          <DecidedSteps
            partnershipId={proposals.partnershipId}
            steps={score.steps}
            canDecide={proposals.canDecide}
            onAccept={(step) => onAccept({ scoreKey: score.key, text: step.text, step: { id: step.id, version: step.version } })}
          />
        )}
      </Stack>
    </Paper>
  );
}

type DecidedProps = { partnershipId: string; steps: ActionStep[]; canDecide: boolean; onAccept: (step: ActionStep) => void };

/** The decisions made about a score's steps: accepted ones link to their activity; a dismissed one may be accepted after all. */
function DecidedSteps({ partnershipId, steps, canDecide, onAccept }: DecidedProps) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={4}>{t("actions.decided")}</Title>
      <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {steps.map((step) => (
          <Group key={step.id} component="li" gap="xs" wrap="wrap">
            <Badge variant="dot" color={step.status === "accepted" ? "teal" : "gray"} tt="none" fw={500}>
              {step.status === "accepted" ? t("actions.statusAccepted") : t("actions.statusDismissed")}
            </Badge>
            {step.activity ? (
              <Anchor component={Link} to={`/partnerships/${partnershipId}/plan`} size="sm">
                {t("actions.openActivity", { title: step.activity.title })}
              </Anchor>
            ) : (
              <Text size="sm">{step.text}</Text>
            )}
            {canDecide && step.status === "dismissed" && (
              <Button
                size="compact-xs"
                variant="light"
                aria-label={t("actions.reconsiderNamed", { text: step.text })}
                onClick={() => onAccept(step)}
              >
                {t("actions.reconsider")}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </>
  );
}
