import { Alert, Button, Group, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RubricBody } from "../../../contracts/typology.js";
import { isProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import { useChooseProgramRubric, useRubrics } from "../../api/rubrics.js";
import { useFormat } from "../../i18n/format.js";
import { useAbilities } from "../../api/session.js";
import { notifyError, notifySuccess } from "../notify.js";
import { AddRubricModal } from "./add-rubric-modal.js";

// The server refuses a rubric reading indicators that involvement records do not hold; such rubrics
// are listed, but cannot be picked.
function fitsInvolvementRecords(rubric: RubricBody): boolean {
  return rubric.indicators.every((key) => isProjectIndicatorKey(key));
}

type Props = { programId: string; currentId: string };

export function RubricChooser({ programId, currentId }: Props) {
  const abilities = useAbilities();
  const { t } = useTranslation();
  const { language } = useFormat();
  const rubrics = useRubrics();
  const choose = useChooseProgramRubric(programId);
  const [selected, setSelected] = useState<string | null>(currentId);
  const [adding, setAdding] = useState(false);

  const options = (rubrics.data?.data ?? []).map((rubric) => {
    const fits = fitsInvolvementRecords(rubric);
    const title = `${rubric.title[language]} (${rubric.id}, v${rubric.version})`;
    return { value: rubric.id, label: fits ? title : t("program.rubric.notForRecords", { title }), disabled: !fits };
  });

  const save = () => {
    if (!selected) return;
    choose.mutate(selected, {
      onSuccess: () => notifySuccess(t("program.rubric.savedMessage")),
      onError: (error) => notifyError(error, t("program.rubric.saveFailed"), t),
    });
  };

  return (
    <Stack gap="sm">
      {rubrics.isError && (
        <Alert color="red" role="alert" title={t("errors.loadFailed")}>
          {t("program.rubric.listFailed")}
        </Alert>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t("program.rubric.choose")}
          data={options}
          value={selected}
          onChange={setSelected}
          allowDeselect={false}
          disabled={rubrics.isPending}
          style={{ flex: "1 1 20rem", maxWidth: "40rem" }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button onClick={save} loading={choose.isPending} disabled={!selected || selected === currentId}>
          {t("program.rubric.save")}
        </Button>
        {abilities.authorRubrics && (
          <Button variant="default" onClick={() => setAdding(true)}>
            {t("program.addRubric.open")}
          </Button>
        )}
      </Group>
      <Alert color="blue" variant="light" p="sm">
        {t("program.rubric.keepsStored")}
      </Alert>
      <AddRubricModal
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(rubric) => {
          setAdding(false);
          if (fitsInvolvementRecords(rubric)) setSelected(rubric.id);
        }}
      />
    </Stack>
  );
}
