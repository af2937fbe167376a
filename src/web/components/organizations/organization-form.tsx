import { Paper, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { organizationCreateSchema, type Organization, type OrganizationCreate } from "../../../contracts/organizations.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { FormActions } from "../form-actions.js";
import { SimilarNames } from "./similar-names.js";

type Props = {
  organization?: Organization;
  submitLabel: string;
  onSubmit: (body: OrganizationCreate) => Promise<unknown>;
  onCancel: () => void;
};

export function OrganizationForm({ organization, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const { form, handleSubmit } = useSchemaForm({
    schema: organizationCreateSchema,
    initialValues: {
      name: organization?.name ?? "",
      sector: organization?.sector ?? null,
      governmentLevel: organization?.governmentLevel ?? null,
      hasCrimePreventionMandate: organization?.hasCrimePreventionMandate ?? false,
      website: organization?.website ?? "",
      notes: organization?.notes ?? "",
    },
    onSubmit,
  });

  return (
    <Paper p="xl" maw={760}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <TextInput label={t("organizations.name")} required key={form.key("name")} {...form.getInputProps("name")} />
          <SimilarNames name={form.getValues().name} exceptId={organization?.id} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("organizations.sector")}
              required
              searchable
              placeholder={t("select.choose")}
              data={vocabulary.options("sector")}
              key={form.key("sector")}
              {...form.getInputProps("sector")}
            />
            <Select
              label={t("organizations.governmentLevel")}
              clearable
              placeholder={t("select.choose")}
              data={vocabulary.options("governmentLevel")}
              key={form.key("governmentLevel")}
              {...form.getInputProps("governmentLevel")}
            />
          </SimpleGrid>
          <Switch
            label={t("organizations.hasMandate")}
            description={t("organizations.mandateDescription")}
            key={form.key("hasCrimePreventionMandate")}
            {...form.getInputProps("hasCrimePreventionMandate", { type: "checkbox" })}
          />
          <TextInput
            label={t("organizations.website")}
            type="url"
            placeholder={t("organizations.websitePlaceholder")}
            key={form.key("website")}
            {...form.getInputProps("website")}
          />
          <Textarea label={t("common.notes")} autosize minRows={3} maxRows={10} key={form.key("notes")} {...form.getInputProps("notes")} />
          <FormActions submitLabel={submitLabel} onCancel={onCancel} isPending={form.submitting} />
        </Stack>
      </form>
    </Paper>
  );
}
