import { Button, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingDetail } from "../../../../contracts/meetings.js";
import { useUpdateMeeting } from "../../../api/meetings.js";
import { notifyError, notifySuccess } from "../../notify.js";

/** The minutes and decisions, written by those who hold the meeting and read by every member. */
export function MinutesForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const [minutes, setMinutes] = useState(meeting.minutes ?? "");
  const [decisions, setDecisions] = useState(meeting.decisions ?? "");
  if (!meeting.abilities.update) {
    return (
      <Stack gap="sm">
        <div>
          <Text fw={600}>{t("meetings.field.minutes")}</Text>
          <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{meeting.minutes ?? t("meetings.detail.noMinutes")}</Text>
        </div>
        {meeting.decisions && (
          <div>
            <Text fw={600}>{t("meetings.field.decisions")}</Text>
            <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{meeting.decisions}</Text>
          </div>
        )}
      </Stack>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { version: meeting.version, minutes, decisions },
          { onSuccess: () => notifySuccess(t("meetings.saved")), onError: (error) => notifyError(error, t("errors.saveFailed"), t) },
        );
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t("meetings.field.minutes")}
          autosize
          minRows={4}
          maxRows={20}
          value={minutes}
          onChange={(event) => setMinutes(event.currentTarget.value)}
        />
        <Textarea
          label={t("meetings.field.decisions")}
          autosize
          minRows={2}
          maxRows={12}
          value={decisions}
          onChange={(event) => setDecisions(event.currentTarget.value)}
        />
        <div>
          <Button type="submit" loading={update.isPending}>
            {t("meetings.detail.saveMinutes")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
