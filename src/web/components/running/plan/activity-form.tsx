import { Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { activityCreateSchema, type Activity } from "../../../../contracts/plan.js";
import { ACTIVITY_STATUSES } from "../../../../domain/plan/activity-status.js";
import { useContacts } from "../../../api/contacts.js";
import { useMemberships } from "../../../api/memberships.js";
import { useCreateActivity, useUpdateActivity } from "../../../api/plan.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { FormActions } from "../../form-actions.js";
import { notifySuccess } from "../../notify.js";

type Props = { partnershipId: string; objectiveId: string; activity: Activity | null; onDone: () => void };

/** An activity: its owner among the members (and one of the owner's people), due date, resources, status and notes. */
export function ActivityForm({ partnershipId, objectiveId, activity, onDone }: Props) {
  const { t } = useTranslation();
  const create = useCreateActivity(partnershipId);
  const update = useUpdateActivity(partnershipId);
  const members = useMemberships(partnershipId);
  const { form, handleSubmit } = useSchemaForm({
    schema: activityCreateSchema,
    initialValues: {
      title: activity?.title ?? "",
      ownerOrganizationId: activity?.ownerOrganization?.id ?? null,
      ownerContactId: activity?.ownerContact?.id ?? null,
      dueOn: activity?.dueOn ?? "",
      resources: activity?.resources ?? "",
      status: activity?.status ?? "planned",
      notes: activity?.notes ?? "",
    },
    onSubmit: async (body) => {
      if (activity) await update.mutateAsync({ id: activity.id, body: { ...body, version: activity.version } });
      else await create.mutateAsync({ objectiveId, body });
      notifySuccess(t("plan.activity.saved"));
      onDone();
    },
  });
  const ownerId = form.getValues().ownerOrganizationId ?? null;
  const contacts = useContacts(ownerId);
  const memberOptions = (members.data?.data ?? []).map((member) => ({ value: member.organization.id, label: member.organization.name }));
  const contactOptions = (contacts.data?.data ?? []).map((contact) => ({ value: contact.id, label: contact.name }));

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t("plan.activity.title")} required data-autofocus key={form.key("title")} {...form.getInputProps("title")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("plan.activity.owner")}
            placeholder={t("select.choose")}
            data={memberOptions}
            clearable
            searchable
            key={form.key("ownerOrganizationId")}
            {...form.getInputProps("ownerOrganizationId")}
            onChange={(value) => {
              form.setFieldValue("ownerOrganizationId", value);
              form.setFieldValue("ownerContactId", null);
            }}
          />
          <Select
            label={t("plan.activity.ownerContact")}
            placeholder={t("select.choose")}
            data={contactOptions}
            disabled={!ownerId}
            clearable
            searchable
            key={form.key("ownerContactId")}
            {...form.getInputProps("ownerContactId")}
          />
          <TextInput label={t("plan.activity.dueOn")} type="date" key={form.key("dueOn")} {...form.getInputProps("dueOn")} />
          <Select
            label={t("plan.activity.status")}
            data={ACTIVITY_STATUSES.map((status) => ({ value: status, label: t(`plan.status.${status}`) }))}
            allowDeselect={false}
            key={form.key("status")}
            {...form.getInputProps("status")}
          />
        </SimpleGrid>
        <Textarea
          label={t("plan.activity.resources")}
          autosize
          minRows={1}
          key={form.key("resources")}
          {...form.getInputProps("resources")}
        />
        <Textarea label={t("plan.activity.notes")} autosize minRows={2} key={form.key("notes")} {...form.getInputProps("notes")} />
        <FormActions submitLabel={t("common.save")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
