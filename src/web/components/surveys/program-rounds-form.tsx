import { Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InstrumentSummary } from "../../../contracts/instruments.js";
import type { Partnership } from "../../../contracts/partnerships.js";
import { programRoundCreateSchema } from "../../../contracts/surveys.js";
import { useOpenProgramRounds } from "../../api/surveys.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { FormActions } from "../form-actions.js";
import { notifySuccess } from "../notify.js";
import { InstrumentSelect } from "./instrument-select.js";
import { initialRoundFields, RoundFields, roundFieldsInput, type RoundFieldValues } from "./round-fields.js";

type Values = RoundFieldValues & { partnershipIds: string[] };

type Props = { programId: string; partnerships: Partnership[]; instruments: InstrumentSummary[]; onDone: () => void };

/** One round in each chosen partnership of a program, on the same instrument and dates, asking each member's representative. */
export function ProgramRoundsForm({ programId, partnerships, instruments, onDone }: Props) {
  const { t } = useTranslation();
  const open = useOpenProgramRounds(programId);
  const initialValues: Values = { ...initialRoundFields(), instrument: instruments[0]?.id ?? "", partnershipIds: [] };
  const { form, handleSubmit } = useSchemaForm({
    schema: programRoundCreateSchema,
    initialValues,
    toInput: (values) => ({ ...roundFieldsInput(values), partnershipIds: values.partnershipIds }),
    onSubmit: async (body) => {
      const created = await open.mutateAsync(body);
      notifySuccess(t("surveys.program.opened", { count: created.rounds.length }));
      onDone();
    },
  });
  const values = form.getValues();
  if (partnerships.length === 0) return <Text c="dimmed">{t("surveys.program.noneToRun")}</Text>;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("surveys.program.openHint")}
        </Text>
        <InstrumentSelect
          instruments={instruments}
          value={values.instrument}
          onChange={(next) => form.setFieldValue("instrument", next)}
          error={form.errors.instrument}
        />
        <RoundFields form={form} />
        <Checkbox.Group
          label={t("surveys.program.partnerships")}
          required
          value={values.partnershipIds}
          onChange={(next) => form.setFieldValue("partnershipIds", next)}
          error={form.errors.partnershipIds}
        >
          <Group mt="xs" mb="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                form.setFieldValue(
                  "partnershipIds",
                  partnerships.map((entry) => entry.id),
                )
              }
            >
              {t("surveys.program.selectAll")}
            </Button>
          </Group>
          <Stack gap="xs">
            {partnerships.map((partnership) => (
              <Checkbox key={partnership.id} value={partnership.id} label={partnership.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <FormActions submitLabel={t("surveys.open.submit")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
