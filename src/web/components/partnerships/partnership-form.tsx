import { MultiSelect, Paper, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { partnershipCreateSchema, type Partnership, type PartnershipCreate } from "../../../contracts/partnerships.js";
import { usePrograms } from "../../api/programs.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { FormActions } from "../form-actions.js";
import { OrganizationSelect } from "../organization-select.js";
import { useLocalizedNames } from "../../i18n/localized-names.js";

type Props = {
  partnership?: Partnership;
  submitLabel: string;
  onSubmit: (body: PartnershipCreate) => Promise<unknown>;
  onCancel: () => void;
};

export function PartnershipForm({ partnership, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const vocabulary = useVocabulary();
  const programs = usePrograms();
  const { form, handleSubmit } = useSchemaForm({
    schema: partnershipCreateSchema,
    initialValues: {
      name: partnership?.name ?? "",
      programId: partnership?.program.id ?? null,
      leadOrganizationId: partnership?.leadOrganization.id ?? null,
      region: partnership?.region ?? "",
      priorityGroups: partnership?.priorityGroups ?? [],
      focusIssues: partnership?.focusIssues ?? [],
      startDate: partnership?.startDate ?? "",
      endDate: partnership?.endDate ?? "",
      fundingEndDate: partnership?.fundingEndDate ?? "",
      status: partnership?.status ?? "planning",
      description: partnership?.description ?? "",
    },
    onSubmit,
  });
  const programOptions = (programs.data?.data ?? []).map((program) => ({
    value: program.id,
    label: `${names.program(program)} (${program.code})`,
  }));
  const lead = partnership ? { value: partnership.leadOrganization.id, label: partnership.leadOrganization.name } : null;
  const leadProps = form.getInputProps("leadOrganizationId");

  return (
    <Paper p="xl" maw={860}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <TextInput label={t("partnerships.name")} required key={form.key("name")} {...form.getInputProps("name")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("partnerships.program")}
              required
              searchable
              placeholder={t("select.choose")}
              data={programOptions}
              key={form.key("programId")}
              {...form.getInputProps("programId")}
            />
            <OrganizationSelect
              label={t("partnerships.lead")}
              description={t("partnerships.leadDescription")}
              required
              initialOption={lead}
              value={form.getValues().leadOrganizationId}
              onChange={(id) => form.setFieldValue("leadOrganizationId", id)}
              error={leadProps.error}
              onBlur={leadProps.onBlur}
              onFocus={leadProps.onFocus}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("partnerships.region")} key={form.key("region")} {...form.getInputProps("region")} />
            <Select
              label={t("partnerships.status")}
              required
              allowDeselect={false}
              data={vocabulary.options("partnershipStatus")}
              key={form.key("status")}
              {...form.getInputProps("status")}
            />
          </SimpleGrid>
          <MultiSelect
            label={t("partnerships.priorityGroups")}
            data={vocabulary.options("priorityGroup")}
            searchable
            clearable
            key={form.key("priorityGroups")}
            {...form.getInputProps("priorityGroups")}
          />
          <MultiSelect
            label={t("partnerships.focusIssues")}
            data={vocabulary.options("focusIssue")}
            searchable
            clearable
            key={form.key("focusIssues")}
            {...form.getInputProps("focusIssues")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t("partnerships.startDate")} type="date" key={form.key("startDate")} {...form.getInputProps("startDate")} />
            <TextInput label={t("partnerships.endDate")} type="date" key={form.key("endDate")} {...form.getInputProps("endDate")} />
            <TextInput
              label={t("partnerships.fundingEndDate")}
              type="date"
              key={form.key("fundingEndDate")}
              {...form.getInputProps("fundingEndDate")}
            />
          </SimpleGrid>
          <Textarea
            label={t("partnerships.description")}
            autosize
            minRows={3}
            maxRows={12}
            key={form.key("description")}
            {...form.getInputProps("description")}
          />
          <FormActions submitLabel={submitLabel} onCancel={onCancel} isPending={form.submitting} />
        </Stack>
      </form>
    </Paper>
  );
}
