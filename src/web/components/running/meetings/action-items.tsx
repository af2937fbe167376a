import { Button, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingDetail } from "../../../../contracts/meetings.js";
import { AXIS_STAGES, type AxisStage } from "../../../../domain/coverage/axis.js";
import {
  useActivityFromMeeting,
  useCommitmentFromMeeting,
  useLedgerAvailable,
  usePlanObjectives,
} from "../../../api/meeting-action-items.js";
import { useMemberships } from "../../../api/memberships.js";
import { useFormat } from "../../../i18n/format.js";
import { notifyError, notifySuccess } from "../../notify.js";
import { Section } from "../../section.js";
import { todayUtc } from "../ledger/today.js";
import { toLocalInput } from "./meeting-time.js";

type Kind = "commitment" | "activity";

/**
 * One form that records an action item as a member's commitment or as an activity of the plan. Each kind
 * is offered only where its part of the server answers (the ledger, the plan with at least one objective),
 * and the form is left out when neither does.
 */
function ActionItemForm({
  meeting,
  kinds,
  objectives,
}: {
  meeting: MeetingDetail;
  kinds: Kind[];
  objectives: { id: string; title: string; goal: string }[];
}) {
  const { t } = useTranslation();
  const members = useMemberships(meeting.partnershipId);
  const commitment = useCommitmentFromMeeting(meeting.partnershipId, meeting.id);
  const activity = useActivityFromMeeting(meeting.id);
  const [kind, setKind] = useState<Kind>(kinds[0] ?? "commitment");
  const [description, setDescription] = useState("");
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [axis, setAxis] = useState<AxisStage>("prevention");
  const [dueOn, setDueOn] = useState("");
  const [objectiveId, setObjectiveId] = useState<string | null>(null);
  const memberOptions = (members.data?.data ?? []).map((membership) => ({
    value: membership.organization.id,
    label: membership.organization.name,
  }));
  // Pledged at the meeting, or today when the action item is written down ahead of it: today in UTC, as
  // the ledger checks it, so that a reader ahead of UTC is not refused a pledge "in the future".
  const today = todayUtc();
  const meetingDate = toLocalInput(meeting.startsAt).slice(0, 10);
  const pledgedOn = meetingDate < today ? meetingDate : today;
  const done = () => {
    notifySuccess(t("meetings.actions.added"));
    setDescription("");
    setDueOn("");
  };
  const onError = (error: unknown) => notifyError(error, t("errors.saveFailed"), t);
  const ready = description.trim() !== "" && (kind === "commitment" ? organizationId !== null && dueOn !== "" : objectiveId !== null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    if (kind === "commitment" && organizationId) {
      commitment.mutate({ organizationId, description, axis, pledgedOn, dueOn, meetingId: meeting.id }, { onSuccess: done, onError });
    } else if (objectiveId) {
      const body = {
        title: description,
        meetingId: meeting.id,
        ...(organizationId ? { ownerOrganizationId: organizationId } : {}),
        ...(dueOn ? { dueOn } : {}),
      };
      activity.mutate({ objectiveId, body }, { onSuccess: done, onError });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {kinds.length > 1 && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`kind-${meeting.id}`}>
              {t("meetings.actions.kind")}
            </Text>
            <SegmentedControl
              aria-labelledby={`kind-${meeting.id}`}
              value={kind}
              onChange={(value) => setKind(value === "activity" ? "activity" : "commitment")}
              data={kinds.map((value) => ({ value, label: t(`meetings.actions.${value}`) }))}
              fullWidth
            />
          </Stack>
        )}
        <TextInput
          label={t("meetings.actions.description")}
          required
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {kind === "activity" && (
            <Select
              label={t("meetings.actions.objective")}
              required
              placeholder={t("select.choose")}
              data={objectives.map((objective) => ({ value: objective.id, label: `${objective.goal} — ${objective.title}` }))}
              value={objectiveId}
              onChange={setObjectiveId}
              searchable
            />
          )}
          <Select
            label={kind === "commitment" ? t("meetings.actions.organization") : t("meetings.actions.owner")}
            required={kind === "commitment"}
            placeholder={t("select.choose")}
            data={memberOptions}
            value={organizationId}
            onChange={setOrganizationId}
            clearable={kind === "activity"}
            searchable
          />
          {kind === "commitment" && (
            <Select
              label={t("meetings.actions.axis")}
              data={AXIS_STAGES.map((stage) => ({ value: stage, label: t(`coverage.stage.${stage}`) }))}
              value={axis}
              onChange={(value) => setAxis(AXIS_STAGES.find((stage) => stage === value) ?? "prevention")}
              allowDeselect={false}
            />
          )}
          <TextInput
            label={t("meetings.actions.dueOn")}
            type="date"
            required={kind === "commitment"}
            value={dueOn}
            onChange={(event) => setDueOn(event.currentTarget.value)}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" disabled={!ready} loading={commitment.isPending || activity.isPending}>
            {t("meetings.actions.add")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** The commitments and activities that came from the meeting, and the form that adds one. */
export function ActionItemsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canAdd = meeting.abilities.update;
  const ledger = useLedgerAvailable(meeting.partnershipId, canAdd);
  const objectives = usePlanObjectives(meeting.partnershipId, canAdd);
  // The form starts on the first kind offered, so it waits until both parts have answered: otherwise
  // whichever answers first would decide it.
  const settled = !ledger.isPending && !objectives.isPending;
  const kinds: Kind[] = [
    ...(ledger.data === true ? (["commitment"] as const) : []),
    ...(objectives.data && objectives.data.length > 0 ? (["activity"] as const) : []),
  ];
  const { commitments, activities } = meeting.actionItems;
  return (
    <Section title={t("meetings.actions.title")}>
      <Stack gap="md">
        <Text c="dimmed">{t("meetings.actions.intro")}</Text>
        {commitments.length === 0 && activities.length === 0 && <Text c="dimmed">{t("meetings.actions.none")}</Text>}
        {commitments.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t("meetings.actions.commitmentsTitle")}</Text>
            <ul>
              {commitments.map((item) => (
                <li key={item.id}>
                  {item.organization.name}: {item.description} ({t("meetings.actions.due", { date: format.date(item.currentDueOn) })})
                </li>
              ))}
            </ul>
          </Stack>
        )}
        {activities.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t("meetings.actions.activitiesTitle")}</Text>
            <ul>
              {activities.map((item) => (
                <li key={item.id}>
                  {item.title}
                  {item.dueOn && ` (${t("meetings.actions.due", { date: format.date(item.dueOn) })})`}
                </li>
              ))}
            </ul>
          </Stack>
        )}
        {canAdd && settled && kinds.length > 0 && <ActionItemForm meeting={meeting} kinds={kinds} objectives={objectives.data ?? []} />}
      </Stack>
    </Section>
  );
}
