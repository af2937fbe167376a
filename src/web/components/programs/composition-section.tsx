import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProgramComposition } from "../../../contracts/coverage.js";
import { useProgramComposition, useResetComposition } from "../../api/composition.js";
import { useFormat } from "../../i18n/format.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { errorMessage, notifySuccess } from "../notify.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { CompositionEditor } from "./composition-editor.js";
import { SlotList } from "./slot-list.js";

function Provenance({ composition }: { composition: ProgramComposition }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (composition.isDefault) return <Text fz="sm">{t("program.composition.builtIn")}</Text>;
  const date = composition.updatedAt ? format.timestamp(composition.updatedAt) : t("common.none");
  return (
    <Text fz="sm">
      {composition.updatedBy
        ? t("program.composition.writtenBy", { name: composition.updatedBy.name, date })
        : t("program.composition.written", { date })}
    </Text>
  );
}

function ResetAction({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const reset = useResetComposition(programId);
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    reset.reset();
  };
  return (
    <>
      <Button variant="default" color="red" onClick={() => setConfirming(true)}>
        {t("program.composition.reset")}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t("program.composition.resetTitle")}
        message={t("program.composition.resetMessage")}
        confirmLabel={t("program.composition.resetConfirm")}
        isPending={reset.isPending}
        error={reset.isError ? errorMessage(reset.error, t) : null}
        errorTitle={t("program.composition.resetRefused")}
        onClose={close}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notifySuccess(t("program.composition.resetDone"));
            },
          })
        }
      />
    </>
  );
}

function CompositionView({ programId, composition }: { programId: string; composition: ProgramComposition }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return <CompositionEditor programId={programId} slots={composition.composition.slots} onDone={() => setEditing(false)} />;
  }
  return (
    <Stack gap="md">
      <Text c="dimmed" fz="sm" maw={720}>
        {t("program.composition.intro")}
      </Text>
      <Provenance composition={composition} />
      {composition.abilities.update ? (
        <Group gap="sm">
          <Button onClick={() => setEditing(true)}>{t("program.composition.edit")}</Button>
          {!composition.isDefault && <ResetAction programId={programId} />}
        </Group>
      ) : (
        <Text fz="sm" c="dimmed">
          {t("program.composition.readOnly")}
        </Text>
      )}
      <SlotList slots={composition.composition.slots} />
    </Stack>
  );
}

/** The membership the program recommends to its partnerships: read by everyone, edited by those the server allows. */
export function CompositionSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const composition = useProgramComposition(programId);
  return (
    <Section title={t("program.composition.title")}>
      <QueryState query={composition}>{(current) => <CompositionView programId={programId} composition={current} />}</QueryState>
    </Section>
  );
}
