import { Alert, Badge, Button, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { MeetingDetail } from "../../contracts/meetings.js";
import { useCancelMeeting, useMeeting } from "../api/meetings.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { DetailList } from "../components/detail-list.js";
import { errorMessage, notifySuccess } from "../components/notify.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { Section } from "../components/section.js";
import { ActionItemsSection } from "../components/running/meetings/action-items.js";
import { AttendanceForm } from "../components/running/meetings/attendance-form.js";
import { EditMeetingForm } from "../components/running/meetings/meeting-form.js";
import { useMeetingTime } from "../components/running/meetings/meeting-time.js";
import { MinutesForm } from "../components/running/meetings/minutes-form.js";
import { ReviewSection } from "../components/running/meetings/review-section.js";

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const time = useMeetingTime();
  const cancel = useCancelMeeting(meeting.id);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  return (
    <>
      <PageHeader
        title={meeting.title}
        back={{ to: `/partnerships/${meeting.partnershipId}/meetings`, label: t("meetings.detail.back") }}
        badges={
          meeting.status === "cancelled" && (
            <Badge color="gray" variant="outline" radius="sm" tt="none">
              {t("meetings.cancelledBadge")}
            </Badge>
          )
        }
        actions={
          meeting.abilities.update && (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t("meetings.detail.edit")}
              </Button>
              <Button variant="light" color="red" onClick={() => setCancelling(true)}>
                {t("meetings.detail.cancel")}
              </Button>
            </>
          )
        }
      />
      <Stack gap="lg">
        {meeting.status === "cancelled" && (
          <Alert color="gray" role="status">
            {t("meetings.detail.cancelledNotice")}
          </Alert>
        )}
        <Section title={t("common.details")}>
          <DetailList
            items={[
              { label: t("meetings.detail.when"), value: time.range(meeting.startsAt, meeting.endsAt) },
              { label: t("meetings.detail.where"), value: meeting.location },
            ]}
          />
          <Text fw={600} mt="md">
            {t("meetings.field.agenda")}
          </Text>
          <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{meeting.agenda ?? t("meetings.detail.noAgenda")}</Text>
        </Section>
        <Section title={t("meetings.attendance.title")}>
          <AttendanceForm key={meeting.version} meeting={meeting} />
        </Section>
        <ReviewSection meetingId={meeting.id} />
        <Section title={t("meetings.detail.minutesTitle")}>
          <MinutesForm key={meeting.version} meeting={meeting} />
        </Section>
        <ActionItemsSection meeting={meeting} />
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t("meetings.detail.edit")} size="lg">
        {editing && <EditMeetingForm meeting={meeting} onDone={() => setEditing(false)} />}
      </Modal>
      <ConfirmDialog
        opened={cancelling}
        title={t("meetings.detail.cancelTitle")}
        message={t("meetings.detail.cancelBody")}
        confirmLabel={t("meetings.detail.cancelConfirm")}
        isPending={cancel.isPending}
        error={cancel.isError ? errorMessage(cancel.error, t) : null}
        errorTitle={t("errors.saveFailed")}
        onClose={() => setCancelling(false)}
        onConfirm={() =>
          cancel.mutate(meeting.version, {
            onSuccess: () => {
              setCancelling(false);
              notifySuccess(t("meetings.detail.cancelled"));
            },
          })
        }
      />
    </>
  );
}

export function MeetingDetailPage() {
  const { meetingId = "" } = useParams();
  const meeting = useMeeting(meetingId);
  return <QueryState query={meeting}>{(data) => <MeetingView meeting={data} />}</QueryState>;
}
