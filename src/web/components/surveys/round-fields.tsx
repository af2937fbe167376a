import { Group, NumberInput, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ROUND_LABELS } from "../../../contracts/surveys.js";
import type { Form } from "../../forms/use-schema-form.js";

/** What every round is opened with, whether for one partnership or across a program. */
export type RoundFieldValues = {
  instrument: string;
  labelChoice: string;
  ownLabel: string;
  opensOn: string;
  closesOn: string;
  threshold: number | string;
  reminderDays: number | string;
};

const OWN = "own";

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function initialRoundFields(): RoundFieldValues {
  const today = new Date();
  const close = new Date(today.getTime() + 21 * 86_400_000);
  return {
    instrument: "",
    labelChoice: "baseline",
    ownLabel: "",
    opensOn: isoDay(today),
    closesOn: isoDay(close),
    threshold: "",
    reminderDays: 7,
  };
}

/** The request's fields from the form's: the chosen or own label, empty numbers left out or null. */
export function roundFieldsInput(values: RoundFieldValues) {
  return {
    instrument: values.instrument,
    label: values.labelChoice === OWN ? values.ownLabel : values.labelChoice,
    opensOn: values.opensOn,
    closesOn: values.closesOn,
    ...(values.threshold === "" ? {} : { threshold: Number(values.threshold) }),
    reminderDays: values.reminderDays === "" ? null : Number(values.reminderDays),
  };
}

/** Label, dates, threshold and reminders; the instrument is chosen above them. */
export function RoundFields<Values extends RoundFieldValues>({ form }: { form: Form<Values> }) {
  const { t } = useTranslation();
  const values = form.getValues();
  // The schema names the request's field "label"; its message shows under whichever input holds it.
  const labelError = form.errors.label;
  return (
    <>
      <Group grow align="flex-start" wrap="wrap" gap="md">
        <Select
          label={t("surveys.open.label")}
          required
          data={[
            ...ROUND_LABELS.map((label) => ({ value: label, label: t(`surveys.label.${label}`) })),
            { value: OWN, label: t("surveys.open.ownLabel") },
          ]}
          allowDeselect={false}
          miw={200}
          key={form.key("labelChoice")}
          {...form.getInputProps("labelChoice")}
          error={values.labelChoice === OWN ? undefined : labelError}
        />
        {values.labelChoice === OWN && (
          <TextInput
            label={t("surveys.open.ownLabelText")}
            required
            miw={200}
            key={form.key("ownLabel")}
            {...form.getInputProps("ownLabel")}
            error={labelError}
          />
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput type="date" label={t("surveys.open.opensOn")} required key={form.key("opensOn")} {...form.getInputProps("opensOn")} />
        <TextInput type="date" label={t("surveys.open.closesOn")} required key={form.key("closesOn")} {...form.getInputProps("closesOn")} />
        <NumberInput
          label={t("surveys.open.threshold")}
          description={t("surveys.open.thresholdHint")}
          placeholder={t("surveys.open.thresholdDefault")}
          min={3}
          max={1000}
          allowDecimal={false}
          key={form.key("threshold")}
          {...form.getInputProps("threshold")}
        />
        <NumberInput
          label={t("surveys.open.reminderDays")}
          description={t("surveys.open.reminderDaysHint")}
          min={1}
          max={60}
          allowDecimal={false}
          key={form.key("reminderDays")}
          {...form.getInputProps("reminderDays")}
        />
      </SimpleGrid>
    </>
  );
}
