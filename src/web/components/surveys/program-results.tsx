import { Anchor, Skeleton, Stack, Table, Text, useMantineTheme } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProgramResults as Results } from "../../../contracts/surveys.js";
import { useFormat } from "../../i18n/format.js";
import { ScrollableTable } from "../scrollable-table.js";
import { BandBadge, bandColor } from "./band-badge.js";
import { useSurveyText } from "./labels.js";

const BandCountsChart = lazy(() => import("./band-counts-chart.js"));

function themeColor(theme: ReturnType<typeof useMantineTheme>, color: string): string {
  const [name = "gray", shade = "6"] = color.split(".");
  return theme.colors[name]?.[Number(shade)] ?? color;
}

/** Partnerships by scores, and per score how many partnerships fall in each band (a chart and the same as a table). */
export function ProgramResultsView({ results }: { results: Results }) {
  const { t } = useTranslation();
  const text = useSurveyText();
  const format = useFormat();
  const theme = useMantineTheme();
  const titles = results.bandCounts.map((entry) => text.localized(entry.title));
  const withheldName = t("surveys.program.withheldCount");
  const series = [
    ...results.bands.map((band) => ({
      name: text.localized(band.label),
      color: themeColor(theme, bandColor(results.bands, band.key)),
      counts: results.bandCounts.map((entry) => entry.bands[band.key] ?? 0),
    })),
    { name: withheldName, color: theme.colors.gray[5], counts: results.bandCounts.map((entry) => entry.withheld) },
  ];
  const summary = results.bandCounts
    .map((entry, index) =>
      t("surveys.program.bandsOne", {
        score: titles[index] ?? entry.key,
        counts: series.map((band) => `${band.name} ${format.number(band.counts[index] ?? 0)}`).join(", "),
      }),
    )
    .join("; ");
  return (
    <Stack gap="xl">
      <ScrollableTable label={t("surveys.program.tableLabel")} minWidth={320 + results.bandCounts.length * 150}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("surveys.program.partnership")}</Table.Th>
              <Table.Th scope="col">{t("surveys.program.responses")}</Table.Th>
              {titles.map((title) => (
                <Table.Th scope="col" key={title}>
                  {title}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.partnerships.map((row) => (
              <Table.Tr key={row.roundId}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/surveys/${row.roundId}`} inherit>
                    {row.partnership.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {text.roundLabel(row.label)}
                  </Text>
                </Table.Th>
                <Table.Td>{text.rate(row.submitted, row.invited)}</Table.Td>
                {results.bandCounts.map((score) => {
                  const figure = row.scores.find((entry) => entry.key === score.key);
                  return (
                    <Table.Td key={score.key}>
                      <BandBadge
                        bands={results.bands}
                        mean={figure?.mean ?? null}
                        band={figure?.band ?? null}
                        withheld={row.withheld || (figure?.withheld ?? false)}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      {results.bandCounts.length > 0 && (
        <Stack gap="sm">
          <Text fw={600}>{t("surveys.program.bandsTitle")}</Text>
          <Suspense fallback={<Skeleton h={64 + titles.length * 32} />}>
            <BandCountsChart scores={titles} series={series} label={t("surveys.program.bandsChart", { summary })} />
          </Suspense>
          <ScrollableTable label={t("surveys.program.bandsLabel")} minWidth={240 + series.length * 110}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("surveys.program.score")}</Table.Th>
                  {series.map((band) => (
                    <Table.Th scope="col" key={band.name} ta="right">
                      {band.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.bandCounts.map((entry, index) => (
                  <Table.Tr key={entry.key}>
                    <Table.Th scope="row" fw={400}>
                      {titles[index]}
                    </Table.Th>
                    {series.map((band) => (
                      <Table.Td key={band.name} ta="right">
                        {format.number(band.counts[index] ?? 0)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        </Stack>
      )}
    </Stack>
  );
}
