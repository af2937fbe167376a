import { Button } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ConfirmDialog } from "./confirm-dialog.js";
import { errorMessage, notifySuccess } from "./notify.js";

type Props = {
  /** Where the Edit button leads. */
  editTo: string;
  /** Where to go once the record is deleted. */
  listTo: string;
  remove: UseMutationResult<unknown, Error, void>;
  texts: { title: string; message: string; refused: string; deleted: string };
  /** The record's abilities: each button shows only when they allow it. */
  abilities: { update: boolean; delete: boolean };
};

/** Edit and Delete for a record's page header, with the delete confirmation and the server's refusal. */
export function RecordActions({ editTo, listTo, remove, texts, abilities }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    remove.reset();
  };
  return (
    <>
      {abilities.update && (
        <Button component={Link} to={editTo} variant="default">
          {t("common.edit")}
        </Button>
      )}
      {abilities.delete && (
        <Button color="red" variant="light" onClick={() => setConfirming(true)}>
          {t("common.delete")}
        </Button>
      )}
      <ConfirmDialog
        opened={confirming}
        title={texts.title}
        message={texts.message}
        confirmLabel={t("common.delete")}
        isPending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error, t) : null}
        errorTitle={texts.refused}
        onClose={close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(texts.deleted);
              void navigate(listTo, { replace: true });
            },
          })
        }
      />
    </>
  );
}
