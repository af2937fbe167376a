// A move of a commitment (POST /commitments/{id}/moves), asking for what that move needs: the date it
// took effect, a new due date and a reason for a slip, a reason for a withdrawal, evidence for a delivery.
import { Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { commitmentMoveSchema, type Commitment } from "../../../../contracts/commitments.js";
import { useMoveCommitment } from "../../../api/ledger.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { FormActions } from "../../form-actions.js";
import type { MoveTarget } from "./commitment-card.js";
import { todayUtc } from "./today.js";

type Props = { commitment: Commitment; to: MoveTarget; onMoved: () => void; onCancel: () => void };

export function MoveForm({ commitment, to, onMoved, onCancel }: Props) {
  const { t } = useTranslation();
  const move = useMoveCommitment(commitment.id);
  const { form, handleSubmit } = useSchemaForm({
    schema: commitmentMoveSchema,
    initialValues: { version: commitment.version, to, on: todayUtc(), dueOn: "", reason: "", evidence: "", evidenceUrl: "" },
    toInput: (values) => ({
      version: values.version,
      to: values.to,
      on: values.on,
      ...(to === "slipped" ? { dueOn: values.dueOn } : {}),
      ...(to === "slipped" || to === "withdrawn" ? { reason: values.reason } : {}),
      ...(to === "delivered" ? { evidence: values.evidence, evidenceUrl: values.evidenceUrl } : {}),
    }),
    onSubmit: async (body) => {
      await move.mutateAsync(body);
      onMoved();
    },
  });
  const needsReason = to === "slipped" || to === "withdrawn";
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t(`ledger.moves.on.${to}`)}
          type="date"
          required
          data-autofocus
          key={form.key("on")}
          {...form.getInputProps("on")}
        />
        {to === "slipped" && (
          <TextInput
            label={t("ledger.moves.newDueOn")}
            description={t("ledger.moves.newDueOnHelp", { date: commitment.currentDueOn })}
            type="date"
            required
            key={form.key("dueOn")}
            {...form.getInputProps("dueOn")}
          />
        )}
        {needsReason && (
          <Textarea
            label={t("ledger.moves.reason")}
            required
            autosize
            minRows={2}
            key={form.key("reason")}
            {...form.getInputProps("reason")}
          />
        )}
        {to === "delivered" && (
          <>
            <Textarea
              label={t("ledger.moves.evidence")}
              autosize
              minRows={2}
              key={form.key("evidence")}
              {...form.getInputProps("evidence")}
            />
            <TextInput
              label={t("ledger.moves.evidenceUrl")}
              type="url"
              placeholder="https://"
              key={form.key("evidenceUrl")}
              {...form.getInputProps("evidenceUrl")}
            />
          </>
        )}
        <FormActions submitLabel={t(`ledger.moves.submit.${to}`)} onCancel={onCancel} isPending={move.isPending} />
      </Stack>
    </form>
  );
}
