import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { membershipCreateSchema, type Membership } from "../../../contracts/memberships.js";
import type { AxisStage } from "../../../domain/coverage/axis.js";
import { useContacts } from "../../api/contacts.js";
import { useAddMember, useUpdateMember } from "../../api/memberships.js";
import { useOrganization } from "../../api/organizations.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { AxisStagesField } from "../coverage/axis-stages-field.js";
import { FormActions } from "../form-actions.js";
import { notifySuccess } from "../notify.js";
import { OrganizationSelect } from "../organization-select.js";

type Props = {
  partnershipId: string;
  membership: Membership | null;
  /** Organizations already listed, which cannot be added twice. */
  memberIds: readonly string[];
  onDone: () => void;
};

export function MemberForm({ partnershipId, membership, memberIds, onDone }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const add = useAddMember(partnershipId);
  const update = useUpdateMember(partnershipId);
  const initialStages: AxisStage[] | null = membership?.axisStages ?? null;
  const { form, handleSubmit } = useSchemaForm({
    schema: membershipCreateSchema,
    initialValues: {
      organizationId: membership?.organization.id ?? null,
      joinedOn: membership?.joinedOn ?? "",
      leftOn: membership?.leftOn ?? "",
      representativeContactId: membership?.representative?.id ?? null,
      origin: membership?.origin ?? null,
      isNewPartner: membership?.isNewPartner ?? false,
      notes: membership?.notes ?? "",
      isCritic: membership?.isCritic ?? false,
      axisStages: initialStages,
    },
    onSubmit: async (body) => {
      if (membership) {
        const { organizationId: _organizationId, ...changes } = body;
        await update.mutateAsync({ id: membership.id, body: changes });
      } else {
        await add.mutateAsync(body);
      }
      notifySuccess(t("members.savedMessage"));
      onDone();
    },
  });

  const organizationId = form.getValues().organizationId;
  const organizationProps = form.getInputProps("organizationId");
  // A new member's sector is known only once its organization is chosen; whether its contacts are open to
  // the reader (not before the organization confirms it takes part) is the organization's own ability.
  const chosenOrganization = useOrganization(organizationId);
  const sector = membership?.organization.sector ?? chosenOrganization.data?.sector ?? null;
  const contactsClosed = chosenOrganization.data?.abilities.readContacts === false;
  const contacts = useContacts(organizationId, chosenOrganization.data?.abilities.readContacts === true);
  const contactOptions = (contacts.data?.data ?? []).map((contact) => ({ value: contact.id, label: contact.name }));
  const initialOrganization = membership ? { value: membership.organization.id, label: membership.organization.name } : null;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <OrganizationSelect
          label={t("members.organization")}
          required
          disabled={membership !== null}
          data-autofocus
          initialOption={initialOrganization}
          excludeIds={memberIds}
          value={organizationId}
          onChange={(id) => {
            form.setFieldValue("organizationId", id);
            form.setFieldValue("representativeContactId", null);
          }}
          error={organizationProps.error}
          onBlur={organizationProps.onBlur}
          onFocus={organizationProps.onFocus}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("members.joinedOn")} type="date" key={form.key("joinedOn")} {...form.getInputProps("joinedOn")} />
          <TextInput label={t("members.leftOn")} type="date" key={form.key("leftOn")} {...form.getInputProps("leftOn")} />
        </SimpleGrid>
        <Select
          label={t("members.representative")}
          description={
            !organizationId
              ? t("members.representativeNeedsOrganization")
              : contactsClosed
                ? t("members.representativeAfterConfirmation")
                : t("members.representativeDescription")
          }
          placeholder={t("select.choose")}
          data={contactOptions}
          disabled={!organizationId || contactsClosed}
          clearable
          searchable
          nothingFoundMessage={t("contacts.empty")}
          key={form.key("representativeContactId")}
          {...form.getInputProps("representativeContactId")}
        />
        <Select
          label={t("members.origin")}
          placeholder={t("select.choose")}
          data={vocabulary.options("membershipOrigin")}
          clearable
          key={form.key("origin")}
          {...form.getInputProps("origin")}
        />
        <Checkbox
          label={t("members.isNewPartner")}
          description={t("members.isNewPartnerDescription")}
          key={form.key("isNewPartner")}
          {...form.getInputProps("isNewPartner", { type: "checkbox" })}
        />
        <Fieldset legend={t("coverage.member.legend")} variant="filled">
          <Stack gap="md">
            <Checkbox
              label={t("coverage.member.isCritic")}
              description={t("coverage.member.isCriticDescription")}
              key={form.key("isCritic")}
              {...form.getInputProps("isCritic", { type: "checkbox" })}
            />
            <AxisStagesField
              value={form.getValues().axisStages}
              onChange={(stages) => form.setFieldValue("axisStages", stages)}
              sector={sector}
              error={form.errors.axisStages}
            />
          </Stack>
        </Fieldset>
        <Textarea label={t("members.notes")} autosize minRows={2} maxRows={8} key={form.key("notes")} {...form.getInputProps("notes")} />
        <FormActions submitLabel={t("common.save")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
