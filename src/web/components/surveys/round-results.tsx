import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Round } from "../../../contracts/surveys.js";
import { roundResponsesFileUrl, roundResultsFileUrl, useInstrumentOptions, useRoundResults } from "../../api/survey-results.js";
import { useFormat } from "../../i18n/format.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { ItemTable } from "./item-table.js";
import { useSurveyText } from "./labels.js";
import { ScoreCard } from "./score-card.js";

const FORMATS = ["csv", "xlsx", "pdf"] as const;

function Downloads({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t("surveys.results.downloads")}>
      {FORMATS.map((format) => (
        <Button key={format} component="a" href={roundResultsFileUrl(roundId, format)} download variant="default" size="xs">
          {t(`surveys.results.${format}`)}
        </Button>
      ))}
    </Group>
  );
}

/** The individual responses, offered only to an evaluator an administrator has given them. */
function ResponseDownloads({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Text size="sm">{t("surveys.results.responsesNote")}</Text>
      <Group gap="xs" role="group" aria-label={t("surveys.results.responsesDownloads")}>
        {(["csv", "xlsx"] as const).map((format) => (
          <Button key={format} component="a" href={roundResponsesFileUrl(roundId, format)} download variant="default" size="xs">
            {t(`surveys.results.responses.${format}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/** A round's results for every reader of the partnership: withheld with the reason below the threshold, figures and charts from it. */
export function RoundResults({ round }: { round: Round }) {
  const { t } = useTranslation();
  const text = useSurveyText();
  const format = useFormat();
  const results = useRoundResults(round.id, round.status === "open");
  const options = useInstrumentOptions(round.instrument.id, round.instrument.version);
  return (
    <Section title={t("surveys.results.title")} actions={<Downloads roundId={round.id} />}>
      <QueryState query={results}>
        {(data) => (
          <Stack gap="lg">
            <Text size="sm" fw={500} aria-live="polite">
              {t("surveys.results.responseRate", { rate: text.rate(data.submitted, data.invited) })}
            </Text>
            {round.abilities.exportResponses && <ResponseDownloads roundId={round.id} />}
            {data.withheld ? (
              <Alert color="blue" variant="light" title={t("surveys.results.withheldShort")}>
                {t("surveys.results.withheld", { threshold: format.number(data.threshold), submitted: format.number(data.submitted) })}
              </Alert>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {t("surveys.results.privacy")}
                </Text>
                {data.scores.length > 0 && (
                  <Stack gap="md">
                    <Title order={3} fz="h4">
                      {t("surveys.results.scores")}
                    </Title>
                    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                      {data.scores.map((score) => (
                        <ScoreCard key={score.key} score={score} results={data} />
                      ))}
                    </SimpleGrid>
                  </Stack>
                )}
                {data.items.length > 0 && (
                  <Stack gap="md">
                    <Title order={3} fz="h4">
                      {t("surveys.results.items")}
                    </Title>
                    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                      {data.items.map((item) => (
                        <ItemTable key={item.id} item={item} options={options.data} />
                      ))}
                    </SimpleGrid>
                  </Stack>
                )}
              </>
            )}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}
