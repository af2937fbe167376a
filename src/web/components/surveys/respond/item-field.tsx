import { Button, NumberInput, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AnswerValue } from "../../../../domain/surveys/instrument.js";
import { isAnswered, itemAnchor, type LocalizedItem } from "./answers.js";
import { AgreementField, ChoiceField, MultipleField } from "./choice-fields.js";
import classes from "./respond.module.css";

export const TEXT_MAX = 500;
export const LONGTEXT_MAX = 5000;

type Props = {
  item: LocalizedItem;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | null) => void;
  /** The server's words about this answer (a required item left empty, a value it refused). */
  problem: string | undefined;
};

/**
 * One question as a fieldset: the statement as its legend (with "required" in words), its help and the
 * server's problem read with the group, then the controls. A question answered by one control (a number,
 * a text) still has its fieldset, so that every question is found and announced the same way; its
 * control is labelled "Your answer".
 */
export function ItemField({ item, value, onChange, problem }: Props) {
  const { t } = useTranslation();
  const anchor = itemAnchor(item.id);
  const legendId = `${anchor}-legend`;
  const helpId = item.help ? `${anchor}-help` : undefined;
  const problemId = problem ? `${anchor}-problem` : undefined;
  const describedBy = [helpId, problemId].filter(Boolean).join(" ") || undefined;
  const clearable = (item.type === "agreement5" || item.type === "single" || item.type === "yesno") && isAnswered(value);

  return (
    <fieldset id={anchor} className={classes.item} aria-describedby={describedBy} data-invalid={problem ? true : undefined}>
      <legend className={classes.legend}>
        <span id={legendId}>{item.text}</span>
        {item.required && (
          <Text span fz="sm" fw={400} c="dimmed">
            {" "}
            {t("respond.item.required")}
          </Text>
        )}
      </legend>
      <Stack gap="sm">
        {item.help && (
          <Text id={helpId} fz="sm" c="dimmed">
            {item.help}
          </Text>
        )}
        {item.type === "multiple" && (
          <Text fz="sm" c="dimmed">
            {t("respond.item.chooseAny")}
          </Text>
        )}
        {problem && (
          <Text id={problemId} fz="sm" fw={600} c="red.8">
            {problem}
          </Text>
        )}
        <Control item={item} value={value} onChange={onChange} invalid={Boolean(problem)} />
        {clearable && (
          <Button variant="subtle" size="compact-sm" w="fit-content" aria-describedby={legendId} onClick={() => onChange(null)}>
            {t("respond.item.clear")}
          </Button>
        )}
      </Stack>
    </fieldset>
  );
}

function Control({ item, value, onChange, invalid }: Omit<Props, "problem"> & { invalid: boolean }) {
  const { t } = useTranslation();
  switch (item.type) {
    case "agreement5":
      return <AgreementField item={item} value={value} onChange={onChange} />;
    case "multiple":
      return <MultipleField item={item} value={value} onChange={onChange} />;
    case "single":
    case "yesno":
      return <ChoiceField item={item} value={value} onChange={onChange} />;
    case "number":
      return (
        <NumberInput
          label={numberLabel(item, t)}
          value={typeof value === "number" ? value : ""}
          min={item.min ?? undefined}
          max={item.max ?? undefined}
          clampBehavior="strict"
          inputMode="decimal"
          error={invalid || undefined}
          onChange={(next) => onChange(typeof next === "number" ? next : null)}
        />
      );
    case "longtext":
      return (
        <Textarea
          label={t("respond.item.yourAnswer")}
          value={typeof value === "string" ? value : ""}
          autosize
          minRows={3}
          maxRows={12}
          maxLength={LONGTEXT_MAX}
          error={invalid || undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    default:
      return (
        <TextInput
          label={t("respond.item.yourAnswer")}
          value={typeof value === "string" ? value : ""}
          maxLength={TEXT_MAX}
          error={invalid || undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}

function numberLabel(item: LocalizedItem, t: TFunction): string {
  if (item.min !== null && item.max !== null) return t("respond.item.numberRange", { min: item.min, max: item.max });
  if (item.min !== null) return t("respond.item.numberMin", { min: item.min });
  if (item.max !== null) return t("respond.item.numberMax", { max: item.max });
  return t("respond.item.number");
}
