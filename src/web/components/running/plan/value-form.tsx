import { NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { measureValueInputSchema, type PlanObjective } from "../../../../contracts/plan.js";
import { useRecordValue } from "../../../api/plan.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { FormActions } from "../../form-actions.js";
import { notifySuccess } from "../../notify.js";

type Props = { partnershipId: string; objective: PlanObjective; onDone: () => void };

/** The value a measure had on a day; a day already entered is corrected. */
export function ValueForm({ partnershipId, objective, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const record = useRecordValue(partnershipId);
  const { form, handleSubmit } = useSchemaForm({
    schema: measureValueInputSchema,
    initialValues: { observedOn: new Date().toISOString().slice(0, 10), value: "", note: "" },
    toInput: (values) => ({
      ...values,
      value: typeof values.value === "number" ? values.value : values.value.trim() === "" ? "" : Number(values.value.replace(",", ".")),
    }),
    onSubmit: async (body) => {
      await record.mutateAsync({ objectiveId: objective.id, body });
      notifySuccess(t("plan.value.saved"));
      onDone();
    },
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("plan.value.observedOn")}
            type="date"
            required
            data-autofocus
            key={form.key("observedOn")}
            {...form.getInputProps("observedOn")}
          />
          <NumberInput
            label={objective.measure?.unit ? t("plan.value.valueIn", { unit: objective.measure.unit }) : t("plan.value.value")}
            required
            decimalSeparator={i18n.language.startsWith("fr") ? "," : "."}
            key={form.key("value")}
            {...form.getInputProps("value")}
          />
        </SimpleGrid>
        <TextInput label={t("plan.value.note")} key={form.key("note")} {...form.getInputProps("note")} />
        <FormActions submitLabel={t("plan.value.record")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
