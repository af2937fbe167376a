import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { Activity, PlanObjective } from "../../../../contracts/plan.js";
import { ACTIVITY_STATUSES } from "../../../../domain/plan/activity-status.js";
import { useUpdateActivity } from "../../../api/plan.js";
import { notifyError, notifySuccess } from "../../notify.js";
import { ActivityPrompt } from "./activity-prompt.js";

// The chart is drawn on demand: echarts is bundled apart and fetched by the pages that draw one.
const MeasureChart = lazy(async () => ({ default: (await import("./measure-chart.js")).MeasureChart }));

export type PlanEdit =
  | { kind: "objective"; goalId: string; objective: PlanObjective | null }
  | { kind: "activity"; objectiveId: string; activity: Activity | null }
  | { kind: "value"; objective: PlanObjective };

type Props = { partnershipId: string; objective: PlanObjective; onEdit: (edit: PlanEdit) => void };

function ActivityStatusSelect({ partnershipId, activity }: { partnershipId: string; activity: Activity }) {
  const { t } = useTranslation();
  const update = useUpdateActivity(partnershipId);
  return (
    <Select
      size="xs"
      w={150}
      aria-label={t("plan.activity.statusOf", { title: activity.title })}
      data={ACTIVITY_STATUSES.map((status) => ({ value: status, label: t(`plan.status.${status}`) }))}
      value={activity.status}
      allowDeselect={false}
      disabled={update.isPending}
      onChange={(value) => {
        if (!value || value === activity.status) return;
        update.mutate(
          { id: activity.id, body: { version: activity.version, status: value } },
          {
            onSuccess: () => notifySuccess(t("plan.activity.statusSaved")),
            onError: (error) => notifyError(error, t("errors.saveFailed"), t),
          },
        );
      }}
    />
  );
}

function Measure({ objective }: { objective: PlanObjective }) {
  const { t, i18n } = useTranslation();
  const measure = objective.measure;
  if (!measure) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const unit = measure.unit ? ` ${measure.unit}` : "";
  const track = measure.onTrack === null ? "noValues" : measure.onTrack ? "onTrack" : "offTrack";
  const label = t("plan.measure.chartLabel", {
    name: measure.name,
    baseline: `${number.format(measure.baselineValue)}${unit}`,
    baselineOn: measure.baselineOn,
    target: `${number.format(measure.targetValue)}${unit}`,
    targetOn: measure.targetOn,
    count: objective.values.length,
  });
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text fw={500}>{measure.name}</Text>
        <Badge color={track === "onTrack" ? "green" : track === "offTrack" ? "red" : "gray"} variant="dot" tt="none" fw={500}>
          {t(`plan.measure.${track}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t("plan.measure.summary", {
          baseline: `${number.format(measure.baselineValue)}${unit}`,
          baselineOn: measure.baselineOn,
          target: `${number.format(measure.targetValue)}${unit}`,
          targetOn: measure.targetOn,
          direction: t(`plan.measure.${measure.direction}`),
        })}
        {measure.source ? ` ${t("plan.measure.sourceIs", { source: measure.source })}` : ""}
      </Text>
      <Suspense fallback={<Text size="sm">{t("common.loading")}</Text>}>
        <MeasureChart
          measure={measure}
          values={objective.values}
          label={label}
          names={{ values: t("plan.measure.values"), planned: t("plan.measure.planned") }}
        />
      </Suspense>
      {objective.values.length > 0 && (
        <Table striped>
          <VisuallyHidden component="caption">{t("plan.value.tableCaption", { name: measure.name })}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("plan.value.observedOn")}</Table.Th>
              <Table.Th scope="col">{t("plan.value.value")}</Table.Th>
              <Table.Th scope="col">{t("plan.value.note")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {objective.values.map((value) => (
              <Table.Tr key={value.id}>
                <Table.Td>{value.observedOn}</Table.Td>
                <Table.Td>
                  {number.format(value.value)}
                  {unit}
                </Table.Td>
                <Table.Td>{value.note ?? ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** One objective: its measure drawn against baseline and target, the values entered, and its activities. */
export function ObjectivePanel({ partnershipId, objective, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="article" aria-label={objective.title}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3}>{objective.title}</Title>
          <Group gap="xs">
            {objective.abilities.addValue && (
              <Button size="xs" variant="light" onClick={() => onEdit({ kind: "value", objective })}>
                {t("plan.value.add")}
              </Button>
            )}
            {objective.abilities.update && (
              <Button size="xs" variant="subtle" onClick={() => onEdit({ kind: "objective", goalId: objective.goalId, objective })}>
                {t("plan.objective.edit")}
              </Button>
            )}
          </Group>
        </Group>
        {objective.description && <Text size="sm">{objective.description}</Text>}
        <Measure objective={objective} />
        <Group justify="space-between" gap="xs">
          <Title order={4}>{t("plan.activity.heading")}</Title>
          {objective.abilities.update && (
            <Button size="xs" variant="light" onClick={() => onEdit({ kind: "activity", objectiveId: objective.id, activity: null })}>
              {t("plan.activity.add")}
            </Button>
          )}
        </Group>
        {objective.activities.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("plan.activity.empty")}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {objective.activities.map((activity) => (
              <Paper key={activity.id} component="li" withBorder p="sm">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ flex: "1 1 14rem" }}>
                    <Text fw={500}>{activity.title}</Text>
                    <Text size="sm" c="dimmed">
                      {[
                        activity.ownerOrganization ? activity.ownerOrganization.name : t("plan.activity.noOwner"),
                        activity.ownerContact?.name,
                        activity.dueOn ? t("plan.activity.due", { date: activity.dueOn }) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </Text>
                    {activity.resources && <Text size="sm">{t("plan.activity.resourcesAre", { resources: activity.resources })}</Text>}
                    {activity.notes && <Text size="sm">{activity.notes}</Text>}
                    {activity.prompt && <ActivityPrompt prompt={activity.prompt} />}
                  </Stack>
                  <Group gap="xs">
                    {activity.abilities.updateStatus ? (
                      <ActivityStatusSelect partnershipId={partnershipId} activity={activity} />
                    ) : (
                      <Badge variant="dot" tt="none" fw={500}>
                        {t(`plan.status.${activity.status}`)}
                      </Badge>
                    )}
                    {activity.abilities.update && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => onEdit({ kind: "activity", objectiveId: objective.id, activity })}
                        aria-label={t("plan.activity.editNamed", { title: activity.title })}
                      >
                        {t("common.edit")}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
