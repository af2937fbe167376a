import { Button, Modal, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import type { Partnership } from "../../contracts/partnerships.js";
import { useMeetings } from "../api/meetings.js";
import { usePartnership } from "../api/partnerships.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { Section } from "../components/section.js";
import { CalendarSubscribe } from "../components/running/calendar-subscribe.js";
import { NextMeeting } from "../components/running/next-meeting.js";
import { MeetingList } from "../components/running/meetings/meeting-list.js";
import { ScheduleMeetingForm } from "../components/running/meetings/meeting-form.js";
import { MeetingSettingsForm } from "../components/running/meetings/settings-form.js";

function MeetingsView({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [scheduling, setScheduling] = useState(false);
  const overview = useMeetings(partnership.id, "upcoming", 1, 1);
  const canManage = partnership.abilities.manageMeetings;
  return (
    <>
      <PageHeader
        title={t("meetings.title", { name: partnership.name })}
        description={t("meetings.intro")}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
        actions={canManage && <Button onClick={() => setScheduling(true)}>{t("meetings.schedule")}</Button>}
      />
      <Stack gap="lg">
        <NextMeeting partnership={partnership} />
        <CalendarSubscribe partnershipId={partnership.id} />
        <Section title={t("meetings.settings.title")}>
          <QueryState query={overview}>
            {(page) => (
              <MeetingSettingsForm
                key={`${page.settings.cadence ?? "none"}-${page.settings.noticeDays}`}
                partnershipId={partnership.id}
                settings={page.settings}
                canManage={canManage}
              />
            )}
          </QueryState>
        </Section>
        <MeetingList partnershipId={partnership.id} when="upcoming" />
        <MeetingList partnershipId={partnership.id} when="past" />
      </Stack>
      <Modal opened={scheduling} onClose={() => setScheduling(false)} title={t("meetings.schedule")} size="lg">
        {scheduling && (
          <ScheduleMeetingForm
            partnershipId={partnership.id}
            onDone={(meetingId) => {
              setScheduling(false);
              if (meetingId) void navigate(`/partnerships/${partnership.id}/meetings/${meetingId}`);
            }}
          />
        )}
      </Modal>
    </>
  );
}

export function PartnershipMeetingsPage() {
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  return <QueryState query={partnership}>{(data) => <MeetingsView partnership={data} />}</QueryState>;
}
