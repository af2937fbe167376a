import { Checkbox, Group, Radio, SimpleGrid, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AGREEMENT_VALUES, DONT_KNOW, YES_NO, type AnswerValue } from "../../../../domain/surveys/instrument.js";
import type { LocalizedItem } from "./answers.js";

type Props = { item: LocalizedItem; value: AnswerValue | undefined; onChange: (value: AnswerValue | null) => void };

/**
 * 1 to 5 in a row with the meaning of both ends written under it, and "Don't know" apart. Each radio's
 * name says its meaning ("1 Strongly disagree"), so the ends written under the row are not read twice.
 */
export function AgreementField({ item, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <SimpleGrid cols={5} spacing={4}>
        {AGREEMENT_VALUES.map((point) => (
          <Radio
            key={point}
            size="md"
            name={item.id}
            value={String(point)}
            checked={value === point}
            onChange={() => onChange(point)}
            label={
              <>
                {point}
                <VisuallyHidden> {t(`respond.agreement.${point}`)}</VisuallyHidden>
              </>
            }
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between" gap="xs" wrap="nowrap" aria-hidden="true">
        <Text fz="xs" c="dimmed" maw="45%">
          {t("respond.agreement.1")}
        </Text>
        <Text fz="xs" c="dimmed" maw="45%" ta="right">
          {t("respond.agreement.5")}
        </Text>
      </Group>
      <Radio
        size="md"
        mt={4}
        name={item.id}
        value={DONT_KNOW}
        checked={value === DONT_KNOW}
        onChange={() => onChange(DONT_KNOW)}
        label={t("respond.agreement.dontKnow")}
      />
    </Stack>
  );
}

/** One of the item's options, or yes / no. */
export function ChoiceField({ item, value, onChange }: Props) {
  const { t } = useTranslation();
  const options = item.type === "yesno" ? YES_NO.map((key) => ({ key, label: t(`respond.item.${key}`) })) : (item.options ?? []);
  return (
    <Stack gap="sm">
      {options.map((option) => (
        <Radio
          key={option.key}
          size="md"
          name={item.id}
          value={option.key}
          checked={value === option.key}
          onChange={() => onChange(option.key)}
          label={option.label}
        />
      ))}
    </Stack>
  );
}

/** Any of the item's options. */
export function MultipleField({ item, value, onChange }: Props) {
  const chosen = Array.isArray(value) ? value : [];
  return (
    <Stack gap="sm">
      {(item.options ?? []).map((option) => (
        <Checkbox
          key={option.key}
          size="md"
          name={item.id}
          value={option.key}
          checked={chosen.includes(option.key)}
          onChange={(event) => {
            const next = event.currentTarget.checked ? [...chosen, option.key] : chosen.filter((key) => key !== option.key);
            // In the order the options are shown, whatever the order they were ticked in.
            onChange((item.options ?? []).map((entry) => entry.key).filter((key) => next.includes(key)));
          }}
          label={option.label}
        />
      ))}
    </Stack>
  );
}
