import { Card, Group, SimpleGrid, Skeleton, Stack, Text, Title, useMantineTheme } from "@mantine/core";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AccountabilityFigures, PartnershipAccountability } from "../../../../contracts/accountability.js";
import { useFormat, type Formatters } from "../../../i18n/format.js";

// The chart brings the charting library, fetched the first time a record is shown.
const TrendChart = lazy(() => import("./trend-chart.js"));

const FIGURES = ["onTime", "late", "open", "overdue", "dueSoon", "slipped"] as const;

type Trend = PartnershipAccountability["total"]["trend"];

function monthLabel(month: string, format: Formatters): string {
  return new Intl.DateTimeFormat(format.language === "fr" ? "fr-CA" : "en-CA", { month: "short", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** The kept rate, or a dash with the reason when nothing has come due yet. */
export function KeptRate({ figures }: { figures: AccountabilityFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={0}>
      <Text fz={28} fw={700} lh={1.1}>
        {figures.keptRate === null ? t("common.none") : format.percent(figures.keptRate)}
      </Text>
      <Text fz="sm" c="dimmed">
        {figures.keptRate === null ? t("accountability.keptRate.none") : t("accountability.keptRate.label")}
      </Text>
    </Stack>
  );
}

/** The kept rate month by month, as a small line and a sentence saying where it started and ended. */
function TrendLine({ trend, name }: { trend: Trend; name: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const theme = useMantineTheme();
  const months = useMemo(() => trend.map((point) => monthLabel(point.month, format)), [trend, format]);
  const values = useMemo(() => trend.map((point) => point.figures.keptRate), [trend]);
  const known = trend.filter((point) => point.figures.keptRate !== null);
  const first = known[0];
  const last = known[known.length - 1];
  const label =
    first && last
      ? t("accountability.trend.label", {
          name,
          from: format.percent(first.figures.keptRate ?? 0),
          fromMonth: monthLabel(first.month, format),
          to: format.percent(last.figures.keptRate ?? 0),
          toMonth: monthLabel(last.month, format),
        })
      : t("accountability.trend.empty", { name });
  if (!first)
    return (
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
    );
  return (
    <Suspense fallback={<Skeleton h={120} />}>
      <TrendChart months={months} values={values} label={label} color={theme.colors.blue[8]} />
    </Suspense>
  );
}

/** One member's record: its kept rate, the counts behind it, and its last twelve months. */
export function MemberRecord({ member }: { member: PartnershipAccountability["members"][number] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`member-${member.organization.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={3} fz="lg" id={`member-${member.organization.id}`}>
            {member.organization.name}
          </Title>
          <Text fz="sm" c="dimmed">
            {t("accountability.member.pledged", { count: member.pledged, delivered: member.delivered, withdrawn: member.withdrawn })}
          </Text>
        </Group>
        <KeptRate figures={member} />
        <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs" component="dl" m={0}>
          {FIGURES.map((figure) => (
            <Stack key={figure} gap={0}>
              <Text component="dt" fz="xs" c="dimmed">
                {t(`accountability.figure.${figure}`)}
              </Text>
              <Text component="dd" m={0} fw={600} c={figure === "overdue" && member.overdue > 0 ? "red.9" : undefined}>
                {format.number(member[figure])}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <TrendLine trend={member.trend} name={member.organization.name} />
      </Stack>
    </Card>
  );
}
