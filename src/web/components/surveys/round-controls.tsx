import { Button, Modal, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { roundUpdateSchema, type RoundDetail } from "../../../contracts/surveys.js";
import { useCloseRound, useUpdateRound } from "../../api/surveys.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { FormActions } from "../form-actions.js";
import { errorMessage, notifySuccess } from "../notify.js";

function ExtendForm({ round, onDone }: { round: RoundDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateRound(round.id);
  const { form, handleSubmit } = useSchemaForm({
    schema: roundUpdateSchema,
    initialValues: { closesOn: round.closesOn },
    toInput: (values) => ({ version: round.version, closesOn: values.closesOn }),
    onSubmit: async (body) => {
      await update.mutateAsync(body);
      notifySuccess(t("surveys.round.extended"));
      onDone();
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          type="date"
          label={t("surveys.open.closesOn")}
          required
          data-autofocus
          min={round.opensOn}
          key={form.key("closesOn")}
          {...form.getInputProps("closesOn")}
        />
        <FormActions submitLabel={t("surveys.round.extendSave")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}

/** For those who run the round: move its close date, or close it now. */
export function RoundControls({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const close = useCloseRound(round.id);
  const [closing, setClosing] = useState(false);
  const [extending, setExtending] = useState(false);
  if (round.status === "closed") return null;
  return (
    <>
      {round.abilities.update && (
        <Button variant="default" onClick={() => setExtending(true)}>
          {t("surveys.round.extend")}
        </Button>
      )}
      {round.abilities.close && (
        <Button
          color="red.9"
          variant="outline"
          onClick={() => {
            close.reset();
            setClosing(true);
          }}
        >
          {t("surveys.round.close")}
        </Button>
      )}
      <Modal opened={extending} onClose={() => setExtending(false)} title={t("surveys.round.extendTitle")}>
        <ExtendForm round={round} onDone={() => setExtending(false)} />
      </Modal>
      <ConfirmDialog
        opened={closing}
        title={t("surveys.round.closeTitle")}
        message={t("surveys.round.closeMessage")}
        confirmLabel={t("surveys.round.closeConfirm")}
        isPending={close.isPending}
        error={close.isError ? errorMessage(close.error, t) : null}
        onClose={() => setClosing(false)}
        onConfirm={() =>
          close.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t("surveys.round.closed"));
              setClosing(false);
            },
          })
        }
      />
    </>
  );
}
