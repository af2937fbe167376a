import { Checkbox, Fieldset, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { objectiveCreateSchema, type PlanObjective } from "../../../../contracts/plan.js";
import { useCreateObjective, useUpdateObjective } from "../../../api/plan.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { FormActions } from "../../form-actions.js";
import { notifySuccess } from "../../notify.js";

type Props = { partnershipId: string; goalId: string; objective: PlanObjective | null; onDone: () => void };

/** A number input's value as the API takes it: a number, or text the schema refuses as not a number. */
function asNumber(value: number | string): number | string {
  return typeof value === "number" ? value : value.trim() === "" ? "" : Number(value.replace(",", "."));
}

/** An objective and, optionally, its measure: what is counted, from a baseline to a target, and which way is better. */
export function ObjectiveForm({ partnershipId, goalId, objective, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const create = useCreateObjective(partnershipId);
  const update = useUpdateObjective(partnershipId);
  const measure = objective?.measure ?? null;
  const { form, handleSubmit } = useSchemaForm({
    schema: objectiveCreateSchema,
    nested: true,
    initialValues: {
      title: objective?.title ?? "",
      description: objective?.description ?? "",
      hasMeasure: objective === null || measure !== null,
      measure: {
        name: measure?.name ?? "",
        unit: measure?.unit ?? "",
        source: measure?.source ?? "",
        baselineValue: measure?.baselineValue ?? "",
        baselineOn: measure?.baselineOn ?? "",
        targetValue: measure?.targetValue ?? "",
        targetOn: measure?.targetOn ?? "",
        direction: measure?.direction ?? "down",
      },
    },
    toInput: (values) => ({
      title: values.title,
      description: values.description,
      measure: values.hasMeasure
        ? { ...values.measure, baselineValue: asNumber(values.measure.baselineValue), targetValue: asNumber(values.measure.targetValue) }
        : null,
    }),
    onSubmit: async (body) => {
      if (objective) await update.mutateAsync({ id: objective.id, body: { ...body, version: objective.version } });
      else await create.mutateAsync({ goalId, body });
      notifySuccess(t("plan.objective.saved"));
      onDone();
    },
  });
  const values = form.getValues();
  const decimalSeparator = i18n.language.startsWith("fr") ? "," : ".";

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t("plan.objective.title")} required data-autofocus key={form.key("title")} {...form.getInputProps("title")} />
        <Textarea
          label={t("plan.objective.description")}
          autosize
          minRows={2}
          key={form.key("description")}
          {...form.getInputProps("description")}
        />
        <Checkbox label={t("plan.measure.has")} key={form.key("hasMeasure")} {...form.getInputProps("hasMeasure", { type: "checkbox" })} />
        {values.hasMeasure && (
          <Fieldset legend={t("plan.measure.legend")} variant="filled">
            <Stack gap="md">
              <TextInput
                label={t("plan.measure.name")}
                description={t("plan.measure.nameHint")}
                required
                key={form.key("measure.name")}
                {...form.getInputProps("measure.name")}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t("plan.measure.unit")} key={form.key("measure.unit")} {...form.getInputProps("measure.unit")} />
                <TextInput label={t("plan.measure.source")} key={form.key("measure.source")} {...form.getInputProps("measure.source")} />
                <NumberInput
                  label={t("plan.measure.baselineValue")}
                  required
                  decimalSeparator={decimalSeparator}
                  key={form.key("measure.baselineValue")}
                  {...form.getInputProps("measure.baselineValue")}
                />
                <TextInput
                  label={t("plan.measure.baselineOn")}
                  type="date"
                  required
                  key={form.key("measure.baselineOn")}
                  {...form.getInputProps("measure.baselineOn")}
                />
                <NumberInput
                  label={t("plan.measure.targetValue")}
                  required
                  decimalSeparator={decimalSeparator}
                  key={form.key("measure.targetValue")}
                  {...form.getInputProps("measure.targetValue")}
                />
                <TextInput
                  label={t("plan.measure.targetOn")}
                  type="date"
                  required
                  key={form.key("measure.targetOn")}
                  {...form.getInputProps("measure.targetOn")}
                />
              </SimpleGrid>
              <Stack gap={4}>
                <Text size="sm" fw={500} id="plan-direction-label">
                  {t("plan.measure.direction")}
                </Text>
                <SegmentedControl
                  aria-labelledby="plan-direction-label"
                  data={[
                    { value: "down", label: t("plan.measure.down") },
                    { value: "up", label: t("plan.measure.up") },
                  ]}
                  key={form.key("measure.direction")}
                  {...form.getInputProps("measure.direction")}
                />
              </Stack>
            </Stack>
          </Fieldset>
        )}
        <FormActions submitLabel={t("common.save")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
