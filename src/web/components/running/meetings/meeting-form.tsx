import { Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { meetingCreateSchema, type MeetingDetail } from "../../../../contracts/meetings.js";
import { useCreateMeeting, useUpdateMeeting } from "../../../api/meetings.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { FormActions } from "../../form-actions.js";
import { notifySuccess } from "../../notify.js";
import { fromLocalInput, toLocalInput } from "./meeting-time.js";

type Values = { title: string; startsAt: string; endsAt: string; location: string; agenda: string };

function MeetingFields({ form }: { form: ReturnType<typeof useSchemaForm<Values, typeof meetingCreateSchema>>["form"] }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t("meetings.field.title")} required data-autofocus key={form.key("title")} {...form.getInputProps("title")} />
      <TextInput
        label={t("meetings.field.startsAt")}
        type="datetime-local"
        required
        key={form.key("startsAt")}
        {...form.getInputProps("startsAt")}
      />
      <TextInput
        label={t("meetings.field.endsAt")}
        type="datetime-local"
        required
        key={form.key("endsAt")}
        {...form.getInputProps("endsAt")}
      />
      <TextInput label={t("meetings.field.location")} required key={form.key("location")} {...form.getInputProps("location")} />
      <Textarea
        label={t("meetings.field.agenda")}
        autosize
        minRows={3}
        maxRows={12}
        key={form.key("agenda")}
        {...form.getInputProps("agenda")}
      />
    </>
  );
}

const toInput = (values: Values) => ({ ...values, startsAt: fromLocalInput(values.startsAt), endsAt: fromLocalInput(values.endsAt) });

/** Schedules a meeting; times are entered in the reader's time zone. */
export function ScheduleMeetingForm({ partnershipId, onDone }: { partnershipId: string; onDone: (meetingId: string | null) => void }) {
  const { t } = useTranslation();
  const create = useCreateMeeting(partnershipId);
  const { form, handleSubmit } = useSchemaForm({
    schema: meetingCreateSchema,
    initialValues: { title: "", startsAt: "", endsAt: "", location: "", agenda: "" },
    toInput,
    onSubmit: async (body) => {
      const meeting = await create.mutateAsync(body);
      notifySuccess(t("meetings.scheduled"));
      onDone(meeting.id);
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <MeetingFields form={form} />
        <FormActions submitLabel={t("meetings.schedule")} onCancel={() => onDone(null)} isPending={form.submitting} />
      </Stack>
    </form>
  );
}

/** Changes a meeting's title, times, place and agenda, naming the version read. */
export function EditMeetingForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const { form, handleSubmit } = useSchemaForm({
    schema: meetingCreateSchema,
    initialValues: {
      title: meeting.title,
      startsAt: toLocalInput(meeting.startsAt),
      endsAt: toLocalInput(meeting.endsAt),
      location: meeting.location,
      agenda: meeting.agenda ?? "",
    },
    toInput,
    onSubmit: async (body) => {
      await update.mutateAsync({ version: meeting.version, ...body });
      notifySuccess(t("meetings.saved"));
      onDone();
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <MeetingFields form={form} />
        <FormActions submitLabel={t("common.save")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
