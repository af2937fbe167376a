import { Group, Select, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { roundSchema } from "../../../contracts/involvement.js";
import { isStandardRound as isStandard, STANDARD_ROUNDS } from "./labels.js";

const OTHER = "__other";

/** Baseline, midterm, final, or a round named by the user (kept only once it is a valid round name). */
export function RoundSelect({
  value,
  onChange,
  allowOther = true,
}: {
  value: string;
  onChange: (round: string) => void;
  allowOther?: boolean;
}) {
  const { t } = useTranslation();
  const [isOther, setIsOther] = useState(!isStandard(value));
  const [other, setOther] = useState(isStandard(value) ? "" : value);
  const otherValid = roundSchema.safeParse(other).success;
  const options: { value: string; label: string }[] = STANDARD_ROUNDS.map((round) => ({
    value: round,
    label: t(`involvement.round.${round}`),
  }));
  if (allowOther) options.push({ value: OTHER, label: t("involvement.round.other") });

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t("involvement.round.label")}
        data={options}
        value={isOther ? OTHER : value}
        allowDeselect={false}
        onChange={(choice) => {
          if (choice === OTHER) {
            setIsOther(true);
            if (otherValid) onChange(roundSchema.parse(other));
          } else if (choice) {
            setIsOther(false);
            onChange(choice);
          }
        }}
        w={220}
      />
      {isOther && (
        <TextInput
          label={t("involvement.round.otherName")}
          value={other}
          error={other !== "" && !otherValid ? t("involvement.round.invalid") : undefined}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setOther(text);
            const parsed = roundSchema.safeParse(text);
            if (parsed.success) onChange(parsed.data);
          }}
          w={220}
        />
      )}
    </Group>
  );
}
