import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { communicationCreateSchema } from "../../../../contracts/communications.js";
import type { Partnership } from "../../../../contracts/partnerships.js";
import { useLogContact } from "../../../api/communications.js";
import { useMemberships } from "../../../api/memberships.js";
import { useSession } from "../../../api/session.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { notifySuccess } from "../../notify.js";
import { channelOptions, localToday } from "./channel-options.js";

type Values = { occurredOn: string; organizationIds: string[]; channel: string | null; subject: string };

/** Records a contact: the day (today unless changed), the members who took part, the channel and the subject. */
export function CommunicationForm({ partnership, compact = false }: { partnership: Partnership; compact?: boolean }) {
  const { t } = useTranslation();
  const members = useMemberships(partnership.id);
  const session = useSession();
  const log = useLogContact(partnership.id);
  const own = session.data?.user.organizationId ?? null;
  const options = (members.data?.data ?? []).map((member) => ({ value: member.organization.id, label: member.organization.name }));
  const initial = (): Values => ({
    occurredOn: localToday(),
    organizationIds: own && options.some((option) => option.value === own) ? [own] : [],
    channel: null,
    subject: "",
  });
  const { form, handleSubmit } = useSchemaForm({
    schema: communicationCreateSchema,
    initialValues: initial(),
    onSubmit: async (body) => {
      await log.mutateAsync(body);
      notifySuccess(t("communications.saved"));
      form.setValues({ ...initial(), organizationIds: form.getValues().organizationIds.filter((id) => id === own) });
    },
  });
  // The reader's organization is offered first once the members are known.
  if (own && options.some((option) => option.value === own) && form.getValues().organizationIds.length === 0 && !form.isDirty()) {
    form.setFieldValue("organizationIds", [own]);
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t("communications.form.title")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: compact ? 1 : 3 }}>
          <TextInput
            label={t("communications.form.occurredOn")}
            type="date"
            required
            key={form.key("occurredOn")}
            {...form.getInputProps("occurredOn")}
          />
          <Select
            label={t("communications.form.channel")}
            required
            data={channelOptions(t)}
            key={form.key("channel")}
            {...form.getInputProps("channel")}
          />
          <MultiSelect
            label={t("communications.form.organizations")}
            description={t("communications.form.organizationsHint")}
            required
            searchable
            data={options}
            key={form.key("organizationIds")}
            {...form.getInputProps("organizationIds")}
          />
        </SimpleGrid>
        <TextInput label={t("communications.form.subject")} required key={form.key("subject")} {...form.getInputProps("subject")} />
        <Group justify="flex-end">
          <Button type="submit" loading={log.isPending}>
            {t("communications.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
