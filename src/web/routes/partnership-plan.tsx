import { Badge, Button, Group, List, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Partnership } from "../../contracts/partnerships.js";
import type { PlanGoal } from "../../contracts/plan.js";
import { usePartnership } from "../api/partnerships.js";
import { usePlan } from "../api/plan.js";
import { PlusIcon } from "../components/icons.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { ActivityForm } from "../components/running/plan/activity-form.js";
import { GoalForm } from "../components/running/plan/goal-form.js";
import { ObjectiveForm } from "../components/running/plan/objective-form.js";
import { ObjectivePanel, type PlanEdit } from "../components/running/plan/objective-panel.js";
import { ValueForm } from "../components/running/plan/value-form.js";

type Editing = PlanEdit | { kind: "goal"; goal: PlanGoal | null } | null;

function Progress({ goal }: { goal: PlanGoal }) {
  const { t } = useTranslation();
  const { activitiesDue, activitiesDone, measuresWithValues, measuresOnTrack } = goal.progress;
  return (
    <Group gap="xs" aria-label={t("plan.progress.label")} role="group">
      <Badge variant="dot" tt="none" fw={500} color={activitiesDue > 0 && activitiesDone === activitiesDue ? "green" : "blue"}>
        {activitiesDue === 0
          ? t("plan.progress.noActivitiesDue")
          : t("plan.progress.activities", { done: activitiesDone, count: activitiesDue })}
      </Badge>
      <Badge
        variant="dot"
        tt="none"
        fw={500}
        color={measuresWithValues === 0 ? "gray" : measuresOnTrack === measuresWithValues ? "green" : "orange"}
      >
        {measuresWithValues === 0
          ? t("plan.progress.noMeasures")
          : t("plan.progress.measures", { onTrack: measuresOnTrack, count: measuresWithValues })}
      </Badge>
    </Group>
  );
}

function GoalSection({ partnershipId, goal, onEdit }: { partnershipId: string; goal: PlanGoal; onEdit: (edit: Editing) => void }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-label={goal.title} p="lg">
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={2}>{goal.title}</Title>
          {goal.abilities.update && (
            <Group gap="xs">
              <Button size="xs" variant="subtle" onClick={() => onEdit({ kind: "goal", goal })}>
                {t("plan.goal.edit")}
              </Button>
              <Button
                size="xs"
                variant="light"
                leftSection={<PlusIcon size={14} />}
                onClick={() => onEdit({ kind: "objective", goalId: goal.id, objective: null })}
              >
                {t("plan.objective.add")}
              </Button>
            </Group>
          )}
        </Group>
        <Progress goal={goal} />
        {goal.description && <Text>{goal.description}</Text>}
        {goal.risks.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t("plan.goal.risks")}</Text>
            <List size="sm">
              {goal.risks.map((risk) => (
                <List.Item key={risk.id}>
                  {risk.contingency ? t("plan.goal.riskWithContingency", { risk: risk.risk, contingency: risk.contingency }) : risk.risk}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {goal.objectives.length === 0 ? (
          <Text c="dimmed">{t("plan.objective.empty")}</Text>
        ) : (
          goal.objectives.map((objective) => (
            <ObjectivePanel key={objective.id} partnershipId={partnershipId} objective={objective} onEdit={onEdit} />
          ))
        )}
      </Stack>
    </Paper>
  );
}

function EditModal({ partnershipId, editing, onClose }: { partnershipId: string; editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  if (!editing) return null;
  const title = {
    goal: editing.kind === "goal" && editing.goal ? t("plan.goal.edit") : t("plan.goal.add"),
    objective: editing.kind === "objective" && editing.objective ? t("plan.objective.edit") : t("plan.objective.add"),
    activity: editing.kind === "activity" && editing.activity ? t("plan.activity.edit") : t("plan.activity.add"),
    value: t("plan.value.add"),
  }[editing.kind];
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      {editing.kind === "goal" && <GoalForm partnershipId={partnershipId} goal={editing.goal} onDone={onClose} />}
      {editing.kind === "objective" && (
        <ObjectiveForm partnershipId={partnershipId} goalId={editing.goalId} objective={editing.objective} onDone={onClose} />
      )}
      {editing.kind === "activity" && (
        <ActivityForm partnershipId={partnershipId} objectiveId={editing.objectiveId} activity={editing.activity} onDone={onClose} />
      )}
      {editing.kind === "value" && <ValueForm partnershipId={partnershipId} objective={editing.objective} onDone={onClose} />}
    </Modal>
  );
}

function Plan({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const plan = usePlan(partnership.id);
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <>
      <PageHeader
        title={t("plan.title")}
        description={t("plan.intro", { partnership: partnership.name })}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
        actions={
          partnership.abilities.managePlan && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing({ kind: "goal", goal: null })}>
              {t("plan.goal.add")}
            </Button>
          )
        }
      />
      <QueryState query={plan}>
        {(current) =>
          current.goals.length === 0 ? (
            <Text c="dimmed">{t("plan.empty")}</Text>
          ) : (
            <Stack gap="lg">
              {current.goals.map((goal) => (
                <GoalSection key={goal.id} partnershipId={partnership.id} goal={goal} onEdit={setEditing} />
              ))}
            </Stack>
          )
        }
      </QueryState>
      <EditModal partnershipId={partnership.id} editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}

export function PartnershipPlanPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  return (
    <QueryState query={partnership} notFound={t("partnerships.notFound")}>
      {(current) => <Plan partnership={current} />}
    </QueryState>
  );
}
