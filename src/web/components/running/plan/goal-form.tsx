import { ActionIcon, Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { goalCreateSchema, type PlanGoal } from "../../../../contracts/plan.js";
import { useCreateGoal, useUpdateGoal } from "../../../api/plan.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { FormActions } from "../../form-actions.js";
import { PlusIcon } from "../../icons.js";
import { notifySuccess } from "../../notify.js";

type Props = { partnershipId: string; goal: PlanGoal | null; onDone: () => void };

/** A goal and its risks with their contingencies; saving replaces the list of risks. */
export function GoalForm({ partnershipId, goal, onDone }: Props) {
  const { t } = useTranslation();
  const create = useCreateGoal(partnershipId);
  const update = useUpdateGoal(partnershipId);
  const { form, handleSubmit } = useSchemaForm({
    schema: goalCreateSchema,
    nested: true,
    initialValues: {
      title: goal?.title ?? "",
      description: goal?.description ?? "",
      risks: (goal?.risks ?? []).map((risk) => ({ risk: risk.risk, contingency: risk.contingency ?? "" })),
    },
    onSubmit: async (body) => {
      if (goal) await update.mutateAsync({ id: goal.id, body: { ...body, risks: body.risks ?? [], version: goal.version } });
      else await create.mutateAsync(body);
      notifySuccess(t("plan.goal.saved"));
      onDone();
    },
  });
  const risks = form.getValues().risks;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t("plan.goal.title")} required data-autofocus key={form.key("title")} {...form.getInputProps("title")} />
        <Textarea
          label={t("plan.goal.description")}
          autosize
          minRows={2}
          key={form.key("description")}
          {...form.getInputProps("description")}
        />
        {risks.map((_, index) => (
          <Group key={form.key(`risks.${index}`)} align="flex-end" gap="xs" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1 }}>
              <TextInput label={t("plan.goal.risk", { number: index + 1 })} required {...form.getInputProps(`risks.${index}.risk`)} />
              <TextInput label={t("plan.goal.contingency", { number: index + 1 })} {...form.getInputProps(`risks.${index}.contingency`)} />
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("plan.goal.removeRisk", { number: index + 1 })}
              onClick={() => form.removeListItem("risks", index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<PlusIcon size={14} />}
            onClick={() => form.insertListItem("risks", { risk: "", contingency: "" })}
          >
            {t("plan.goal.addRisk")}
          </Button>
        </Group>
        <FormActions submitLabel={t("common.save")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
