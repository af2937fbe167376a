import { Select } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { InstrumentSummary } from "../../../contracts/instruments.js";
import { useSurveyText } from "./labels.js";

const BUILT_IN_DESCRIBED = ["involvement-checklist", "health-check", "partnership-experience", "capacity-self-assessment"] as const;
type Described = (typeof BUILT_IN_DESCRIBED)[number];
const isDescribed = (id: string): id is Described => (BUILT_IN_DESCRIBED as readonly string[]).includes(id);

/** One line on what an instrument asks: ours in words, others by their size. */
export function useInstrumentDescription() {
  const { t } = useTranslation();
  return (instrument: InstrumentSummary | undefined) => {
    if (!instrument) return t("surveys.open.instrumentHint");
    if (instrument.builtIn && isDescribed(instrument.id)) return t(`surveys.instrument.${instrument.id}`);
    return t("surveys.instrument.size", { items: instrument.itemCount, scores: instrument.scoreCount });
  };
}

type Props = {
  instruments: InstrumentSummary[];
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
};

/** The instrument a round asks, with a line under it saying what it covers. */
export function InstrumentSelect({ instruments, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const text = useSurveyText();
  const describe = useInstrumentDescription();
  return (
    <Select
      label={t("surveys.open.instrument")}
      required
      data={instruments.map((instrument) => ({ value: instrument.id, label: text.localized(instrument.title) }))}
      value={value || null}
      onChange={(next) => onChange(next ?? "")}
      description={describe(instruments.find((instrument) => instrument.id === value))}
      error={error}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
