import { Stack, Textarea, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Suggestion } from "../../../contracts/action-steps.js";
import { useCreateSuggestion, useUpdateSuggestion } from "../../api/action-steps.js";
import { FormActions } from "../form-actions.js";
import { notifyError, notifySuccess } from "../notify.js";

type Props = { suggestion: Suggestion | null; instrument: string; score: string; onDone: () => void };

/** A suggestion's English and French text; a new one names its instrument and score. */
export function SuggestionForm({ suggestion, instrument, score, onDone }: Props) {
  const { t } = useTranslation();
  const create = useCreateSuggestion();
  const update = useUpdateSuggestion();
  const [values, setValues] = useState({
    instrument: suggestion?.instrument ?? instrument,
    score: suggestion?.score ?? score,
    en: suggestion?.text.en ?? "",
    fr: suggestion?.text.fr ?? "",
  });
  const set = (field: keyof typeof values) => (event: { currentTarget: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.currentTarget.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = { en: values.en.trim(), fr: values.fr.trim() };
    try {
      if (suggestion) await update.mutateAsync({ key: suggestion.key, body: { version: suggestion.version, text } });
      else await create.mutateAsync({ instrument: values.instrument.trim(), score: values.score.trim(), text });
      notifySuccess(t("actions.saved"));
      onDone();
    } catch (error) {
      notifyError(error, t("errors.saveFailed"), t);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {!suggestion && (
          <>
            <TextInput label={t("actions.filterInstrument")} required value={values.instrument} onChange={set("instrument")} />
            <TextInput label={t("actions.filterScore")} required value={values.score} onChange={set("score")} />
          </>
        )}
        <Textarea label={t("actions.textEn")} required autosize minRows={2} data-autofocus value={values.en} onChange={set("en")} />
        <Textarea label={t("actions.textFr")} required autosize minRows={2} value={values.fr} onChange={set("fr")} lang="fr" />
        <FormActions submitLabel={t("common.save")} onCancel={onDone} isPending={create.isPending || update.isPending} />
      </Stack>
    </form>
  );
}
