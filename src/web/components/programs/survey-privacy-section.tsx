import { Button, Group, NumberInput, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { Program } from "../../../contracts/programs.js";
import { thresholdSchema } from "../../../contracts/surveys.js";
import { MIN_THRESHOLD } from "../../../domain/surveys/threshold.js";
import { useUpdateProgram } from "../../api/programs.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { useFormat } from "../../i18n/format.js";
import { notifySuccess } from "../notify.js";
import { Section } from "../section.js";

const thresholdFormSchema = z.strictObject({ surveyThreshold: thresholdSchema });

function ThresholdForm({ program }: { program: Program }) {
  const { t } = useTranslation();
  const update = useUpdateProgram(program.id);
  // A number input holds a string while it is empty or being typed.
  const initialValues: { surveyThreshold: number | string } = { surveyThreshold: program.surveyThreshold };
  const { form, handleSubmit } = useSchemaForm({
    schema: thresholdFormSchema,
    initialValues,
    toInput: (values) => ({ surveyThreshold: values.surveyThreshold === "" ? undefined : Number(values.surveyThreshold) }),
    onSubmit: async (body) => {
      await update.mutateAsync(body);
      notifySuccess(t("program.surveyPrivacy.saved"));
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t("program.surveyPrivacy.threshold")}
          description={t("program.surveyPrivacy.thresholdHelp", { minimum: MIN_THRESHOLD })}
          min={MIN_THRESHOLD}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          // A number under the minimum is said to be too small rather than silently raised.
          clampBehavior="none"
          required
          w={{ base: "100%", xs: 320 }}
          {...form.getInputProps("surveyThreshold")}
        />
        <Button type="submit" loading={form.submitting}>
          {t("program.surveyPrivacy.save")}
        </Button>
      </Group>
    </form>
  );
}

/**
 * How many submitted responses a survey figure of the program's rounds needs before anyone sees it:
 * never fewer than three; a round may ask for more.
 */
export function SurveyPrivacySection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t("program.surveyPrivacy.title")}>
      <Stack gap="md">
        <Text c="dimmed" fz="sm" maw={720}>
          {t("program.surveyPrivacy.intro")}
        </Text>
        {program.abilities.update ? (
          <ThresholdForm key={program.surveyThreshold} program={program} />
        ) : (
          <Text fw={500}>{t("program.surveyPrivacy.current", { threshold: format.number(program.surveyThreshold) })}</Text>
        )}
      </Stack>
    </Section>
  );
}
