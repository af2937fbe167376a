// Pledging a commitment for a member (POST /partnerships/{id}/commitments): a partner user is offered
// its own organization only, a coordinator every member, as the members' `pledge` abilities say.
import { Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { commitmentCreateSchema } from "../../../../contracts/commitments.js";
import { AXIS_STAGES } from "../../../../domain/commitments/statuses.js";
import { usePledge } from "../../../api/ledger.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { FormActions } from "../../form-actions.js";
import { todayUtc } from "./today.js";

type Props = {
  partnershipId: string;
  members: { id: string; name: string }[];
  onPledged: () => void;
  onCancel: () => void;
};

export function PledgeForm({ partnershipId, members, onPledged, onCancel }: Props) {
  const { t } = useTranslation();
  const pledge = usePledge(partnershipId);
  const { form, handleSubmit } = useSchemaForm({
    schema: commitmentCreateSchema,
    initialValues: {
      organizationId: members.length === 1 ? (members[0]?.id ?? "") : "",
      description: "",
      axis: "prevention",
      pledgedOn: todayUtc(),
      dueOn: "",
    },
    onSubmit: async (body) => {
      await pledge.mutateAsync(body);
      onPledged();
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t("ledger.fields.organization")}
          required
          data={members.map((member) => ({ value: member.id, label: member.name }))}
          allowDeselect={false}
          key={form.key("organizationId")}
          {...form.getInputProps("organizationId")}
        />
        <Textarea
          label={t("ledger.fields.description")}
          description={t("ledger.fields.descriptionHelp")}
          required
          autosize
          minRows={2}
          data-autofocus
          key={form.key("description")}
          {...form.getInputProps("description")}
        />
        <Select
          label={t("ledger.fields.axis")}
          required
          data={AXIS_STAGES.map((stage) => ({ value: stage, label: t(`ledger.axis.${stage}`) }))}
          allowDeselect={false}
          key={form.key("axis")}
          {...form.getInputProps("axis")}
        />
        <TextInput
          label={t("ledger.fields.pledgedOn")}
          type="date"
          required
          key={form.key("pledgedOn")}
          {...form.getInputProps("pledgedOn")}
        />
        <TextInput label={t("ledger.fields.dueOn")} type="date" required key={form.key("dueOn")} {...form.getInputProps("dueOn")} />
        <FormActions submitLabel={t("ledger.pledge.submit")} onCancel={onCancel} isPending={pledge.isPending} />
      </Stack>
    </form>
  );
}
