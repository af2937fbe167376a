import { Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { lazy, Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import type { ScoreFigure, ScoreResult, SurveyResults } from "../../../contracts/surveys.js";
import { useFormat } from "../../i18n/format.js";
import { ScrollableTable } from "../scrollable-table.js";
import { BandBadge } from "./band-badge.js";
import { useSurveyText } from "./labels.js";
import type { SpreadRow } from "./spread-chart.js";

const SpreadChart = lazy(() => import("./spread-chart.js"));

const POINTS = ["1", "2", "3", "4", "5", "dont_know"] as const;

type View = { key: "all" | "lead" | "partner"; name: string; figure: ScoreFigure };

function Change({ change }: { change: NonNullable<ScoreResult["change"]> }) {
  const { t } = useTranslation();
  const text = useSurveyText();
  const format = useFormat();
  const label = text.roundLabel(change.label);
  const difference = text.difference(Math.abs(change.difference));
  const sentence =
    change.difference > 0
      ? t("surveys.results.changeUp", { difference, label })
      : change.difference < 0
        ? t("surveys.results.changeDown", { difference, label })
        : t("surveys.results.changeSame", { label });
  return (
    // Mantine's green.9 is 4.4:1 on white; this green is 6.1:1.
    <Text size="sm" fw={500} c={change.difference < 0 ? "red.9" : change.difference > 0 ? "#237032" : undefined}>
      {sentence}{" "}
      <Text span c="dimmed" inherit fw={400}>
        (
        {t("surveys.results.changeResponses", {
          previous: format.number(change.previousResponses),
          current: format.number(change.responses),
        })}
        )
      </Text>
    </Text>
  );
}

/** One score: its mean and band, the lead's and the partners' beside them, the spread drawn and tabled, and the change since last time. */
export function ScoreCard({ score, results }: { score: ScoreResult; results: SurveyResults }) {
  const { t } = useTranslation();
  const text = useSurveyText();
  const format = useFormat();
  const headingId = useId();
  const title = text.localized(score.title);
  const views: View[] = [{ key: "all", name: t("surveys.results.all"), figure: score }];
  if (score.perspectives) {
    views.push({ key: "lead", name: t("surveys.results.lead"), figure: score.perspectives.lead });
    views.push({ key: "partner", name: t("surveys.results.partner"), figure: score.perspectives.partner });
  }
  const shown = views.filter((view): view is View & { figure: ScoreFigure & { spread: NonNullable<ScoreFigure["spread"]> } } =>
    Boolean(view.figure.spread && !view.figure.withheld && (view.figure.answers ?? 0) > 0),
  );
  const scale = {
    "1": t("surveys.results.scale.1"),
    "2": t("surveys.results.scale.2"),
    "3": t("surveys.results.scale.3"),
    "4": t("surveys.results.scale.4"),
    "5": t("surveys.results.scale.5"),
  };
  const bandLabel = (figure: ScoreFigure) => {
    const band = results.bands.find((entry) => entry.key === figure.band);
    return band ? text.localized(band.label) : t("surveys.results.noAnswers");
  };
  const chartLabel = shown
    .map(({ name, figure }) =>
      t("surveys.results.spreadLabel", {
        score: views.length > 1 ? `${title} (${name})` : title,
        disagree: format.number(figure.spread["1"] + figure.spread["2"]),
        neutral: format.number(figure.spread["3"]),
        agree: format.number(figure.spread["4"] + figure.spread["5"]),
        dontKnow: format.number(figure.spread.dont_know),
        mean: figure.mean === null ? t("common.none") : text.mean(figure.mean),
        band: bandLabel(figure),
      }),
    )
    .join(" ");
  const perspectiveRate = (key: View["key"]) => {
    if (key === "all" || !results.perspectives) return null;
    const counts = results.perspectives[key];
    return t("surveys.results.perspectiveRate", { rate: text.rate(counts.submitted, counts.invited) });
  };
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={4} fz="lg" id={headingId}>
          {title}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: views.length }} spacing="sm">
          {views.map((view) => (
            <Stack key={view.key} gap={2}>
              {views.length > 1 && (
                <Text size="sm" fw={600}>
                  {view.name}
                </Text>
              )}
              <Group gap="xs" wrap="wrap">
                <BandBadge bands={results.bands} mean={view.figure.mean} band={view.figure.band} withheld={view.figure.withheld} />
                {view.figure.answers !== null && !view.figure.withheld && (
                  <Text size="sm" c="dimmed">
                    {t("surveys.results.answers", { count: view.figure.answers })}
                  </Text>
                )}
              </Group>
              {perspectiveRate(view.key) && (
                <Text size="xs" c="dimmed">
                  {perspectiveRate(view.key)}
                </Text>
              )}
            </Stack>
          ))}
        </SimpleGrid>
        {score.change && <Change change={score.change} />}
        {shown.length > 0 && (
          <>
            <Suspense fallback={<Skeleton h={56 + shown.length * 40} />}>
              <SpreadChart
                rows={shown.map((view): SpreadRow => ({ name: view.name, spread: view.figure.spread }))}
                scale={scale}
                label={chartLabel}
              />
            </Suspense>
            <ScrollableTable label={t("surveys.results.spreadTable", { score: title })} minWidth={560}>
              <Table fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Td />
                    {POINTS.map((point) => (
                      <Table.Th scope="col" key={point}>
                        {t(`surveys.results.scale.${point}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((view) => (
                    <Table.Tr key={view.key}>
                      <Table.Th scope="row">{view.name}</Table.Th>
                      {POINTS.map((point) => (
                        <Table.Td key={point}>{format.number(view.figure.spread[point])}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollableTable>
          </>
        )}
      </Stack>
    </Card>
  );
}
