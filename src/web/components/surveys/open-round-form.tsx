import { Stack } from "@mantine/core";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { Partnership } from "../../../contracts/partnerships.js";
import { roundCreateSchema, type RespondentInput } from "../../../contracts/surveys.js";
import { useInstrumentChoices, useOpenRound } from "../../api/surveys.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { FormActions } from "../form-actions.js";
import { notifySuccess } from "../notify.js";
import { QueryState } from "../query-state.js";
import { InstrumentSelect } from "./instrument-select.js";
import { RespondentPicker } from "./respondent-picker.js";
import { initialRoundFields, RoundFields, roundFieldsInput, type RoundFieldValues } from "./round-fields.js";

type Values = RoundFieldValues & { respondents: RespondentInput[] };

function Form({
  partnership,
  instruments,
  onDone,
}: {
  partnership: Partnership;
  instruments: Parameters<typeof InstrumentSelect>[0]["instruments"];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenRound(partnership.id);
  const initialValues: Values = { ...initialRoundFields(), instrument: instruments[0]?.id ?? "", respondents: [] };
  const { form, handleSubmit } = useSchemaForm({
    schema: roundCreateSchema,
    initialValues,
    toInput: (values) => {
      const asksPerspective = instruments.find((instrument) => instrument.id === values.instrument)?.purpose === "involvement";
      const respondents = values.respondents.map((entry) => (asksPerspective ? entry : { contactId: entry.contactId }));
      return { ...roundFieldsInput(values), respondents };
    },
    onSubmit: async (body) => {
      const round = await open.mutateAsync(body);
      notifySuccess(t("surveys.open.opened"));
      onDone();
      void navigate(`/surveys/${round.id}`);
    },
  });
  const values = form.getValues();
  const asksPerspective = instruments.find((instrument) => instrument.id === values.instrument)?.purpose === "involvement";
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <InstrumentSelect
          instruments={instruments}
          value={values.instrument}
          onChange={(next) => form.setFieldValue("instrument", next)}
          error={form.errors.instrument}
        />
        <RoundFields form={form} />
        <RespondentPicker
          partnershipId={partnership.id}
          value={values.respondents}
          onChange={(next) => form.setFieldValue("respondents", next)}
          asksPerspective={asksPerspective}
          error={form.errors.respondents}
        />
        <FormActions submitLabel={t("surveys.open.submit")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}

/** A new round in a partnership: the instrument, its dates and threshold, and who is asked. */
export function OpenRoundForm({ partnership, onDone }: { partnership: Partnership; onDone: () => void }) {
  const instruments = useInstrumentChoices();
  return (
    <QueryState query={instruments}>{(page) => <Form partnership={partnership} instruments={page.data} onDone={onDone} />}</QueryState>
  );
}
