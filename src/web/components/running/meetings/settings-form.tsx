import { Group, NumberInput, Select, Stack, Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { meetingSettingsUpdateSchema, type MeetingSettings } from "../../../../contracts/meetings.js";
import { MEETING_CADENCES, type MeetingCadence } from "../../../../domain/meetings/cadence.js";
import { useSaveMeetingSettings } from "../../../api/meetings.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { notifySuccess } from "../../notify.js";

const NONE = "none";

export function useCadenceLabel() {
  const { t } = useTranslation();
  return (cadence: MeetingCadence) => t(`meetings.settings.cadences.${cadence}`);
}

/** The partnership's cadence and notice days: a sentence for readers, a small form for those who hold its meetings. */
export function MeetingSettingsForm({
  partnershipId,
  settings,
  canManage,
}: {
  partnershipId: string;
  settings: MeetingSettings;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const cadenceLabel = useCadenceLabel();
  const save = useSaveMeetingSettings(partnershipId);
  // A number field holds text while it is being typed in.
  const initialValues: { cadence: string; noticeDays: number | string } = {
    cadence: settings.cadence ?? NONE,
    noticeDays: settings.noticeDays,
  };
  const { form, handleSubmit } = useSchemaForm({
    schema: meetingSettingsUpdateSchema,
    initialValues,
    toInput: (values) => ({
      cadence: values.cadence === NONE ? null : values.cadence,
      noticeDays: values.noticeDays === "" ? null : values.noticeDays,
    }),
    onSubmit: async (body) => {
      await save.mutateAsync(body);
      notifySuccess(t("meetings.settings.saved"));
    },
  });
  const summary = settings.cadence
    ? t("meetings.settings.summary", { cadence: cadenceLabel(settings.cadence), count: settings.noticeDays })
    : t("meetings.settings.summaryNone", { count: settings.noticeDays });
  if (!canManage) return <Text>{summary}</Text>;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Text c="dimmed">{summary}</Text>
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t("meetings.settings.cadence")}
            data={[
              { value: NONE, label: t("meetings.settings.noCadence") },
              ...MEETING_CADENCES.map((cadence) => ({ value: cadence, label: cadenceLabel(cadence) })),
            ]}
            allowDeselect={false}
            key={form.key("cadence")}
            {...form.getInputProps("cadence")}
          />
          <NumberInput
            label={t("meetings.settings.noticeDays")}
            description={t("meetings.settings.noticeDaysDescription")}
            min={0}
            max={60}
            allowDecimal={false}
            key={form.key("noticeDays")}
            {...form.getInputProps("noticeDays")}
          />
          <Button type="submit" loading={form.submitting}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
