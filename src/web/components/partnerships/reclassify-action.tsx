import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { Partnership } from "../../../contracts/partnerships.js";
import { useReclassify } from "../../api/involvement.js";
import { useProgramRubric } from "../../api/rubrics.js";
import { useFormat } from "../../i18n/format.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { errorMessage, notifySuccess } from "../notify.js";

/**
 * Classifies every involvement record of the partnership again with its program's current rubric.
 * Saved types never change by themselves when a program changes rubric; this is the explicit step.
 */
export function ReclassifyAction({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [opened, { open, close }] = useDisclosure(false);
  const rubric = useProgramRubric(partnership.program.id);
  const reclassify = useReclassify(partnership.id);
  const current = rubric.data?.rubric;

  const confirm = () =>
    reclassify.mutate(undefined, {
      onSuccess: (result) => {
        close();
        notifySuccess(
          t("gaps.reclassify.done", {
            count: result.reclassified,
            formatted: format.number(result.reclassified),
            changed: format.number(result.changed),
            version: result.rubric.version,
          }),
        );
      },
    });

  return (
    <>
      <Button variant="default" onClick={open}>
        {t("gaps.reclassify.action")}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t("gaps.reclassify.title")}
        message={
          current
            ? t("gaps.reclassify.message", { rubric: current.title[format.language], version: current.version })
            : t("gaps.reclassify.messageUnknown")
        }
        confirmLabel={t("gaps.reclassify.confirm")}
        tone="neutral"
        onConfirm={confirm}
        onClose={() => {
          reclassify.reset();
          close();
        }}
        isPending={reclassify.isPending}
        error={reclassify.isError ? errorMessage(reclassify.error, t) : null}
        errorTitle={t("gaps.reclassify.failed")}
      />
    </>
  );
}
