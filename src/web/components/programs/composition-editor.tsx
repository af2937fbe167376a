import { Button, Checkbox, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { compositionDocumentSchema } from "../../../contracts/coverage.js";
import type { Sector } from "../../../domain/vocabulary.js";
import { MAX_SLOTS, SLOT_KINDS, type Slot, type SlotKind } from "../../../domain/coverage/composition.js";
import type { Localized } from "../../../domain/coverage/phrasing.js";
import { useSaveComposition } from "../../api/composition.js";
import { useSchemaForm, type Form } from "../../forms/use-schema-form.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { FormActions } from "../form-actions.js";
import { notifySuccess } from "../notify.js";

/** A slot as the form holds it: sectors are kept while another kind is tried, and dropped on saving. */
type SlotDraft = { key: string; kind: SlotKind; label: Localized; why: Localized; required: boolean; sectors: Sector[] };
type Values = { slots: SlotDraft[] };

function toDraft(slot: Slot): SlotDraft {
  return { ...slot, sectors: slot.kind === "sectors" ? slot.sectors : [] };
}

function toSlot({ sectors, ...slot }: SlotDraft): unknown {
  return slot.kind === "sectors" ? { ...slot, sectors } : slot;
}

// Keys are stable identifiers that nobody needs to read; a new seat gets one that no other seat has.
function newKey(taken: readonly SlotDraft[]): string {
  let number = taken.length + 1;
  while (taken.some((slot) => slot.key === `seat_${number}`)) number += 1;
  return `seat_${number}`;
}

function focusLater(selector: string, fallback?: string) {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target && !target.hasAttribute("disabled") && target.getAttribute("data-disabled") !== "true") target.focus();
    else if (fallback) document.querySelector<HTMLElement>(fallback)?.focus();
  });
}

type SlotFieldsProps = { form: Form<Values>; index: number; count: number };

function SlotFields({ form, index, count }: SlotFieldsProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const vocabulary = useVocabulary();
  const slot = form.getValues().slots[index];
  if (!slot) return null;
  const name = slot.label[language].trim() || t("program.composition.untitled", { number: index + 1 });
  const path = `slots.${index}`;
  const move = (to: number, direction: "up" | "down") => {
    form.reorderListItem("slots", { from: index, to });
    const other = direction === "up" ? "down" : "up";
    focusLater(`[data-move="${slot.key}-${direction}"]`, `[data-move="${slot.key}-${other}"]`);
  };
  const kindOptions = SLOT_KINDS.map((kind) => ({ value: kind, label: t(`program.composition.kind.${kind}`) }));
  return (
    <Fieldset legend={t("program.composition.slotLegend", { number: index + 1, name })} radius="md" data-slot={slot.key}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("program.composition.labelEn")}
            required
            key={form.key(`${path}.label.en`)}
            {...form.getInputProps(`${path}.label.en`)}
            data-first-field
          />
          <TextInput
            label={t("program.composition.labelFr")}
            required
            key={form.key(`${path}.label.fr`)}
            {...form.getInputProps(`${path}.label.fr`)}
          />
          <Textarea
            label={t("program.composition.whyEn")}
            required
            autosize
            minRows={2}
            key={form.key(`${path}.why.en`)}
            {...form.getInputProps(`${path}.why.en`)}
          />
          <Textarea
            label={t("program.composition.whyFr")}
            required
            autosize
            minRows={2}
            key={form.key(`${path}.why.fr`)}
            {...form.getInputProps(`${path}.why.fr`)}
          />
          <Select
            label={t("program.composition.kindLabel")}
            data={kindOptions}
            allowDeselect={false}
            key={form.key(`${path}.kind`)}
            {...form.getInputProps(`${path}.kind`)}
          />
          {slot.kind === "sectors" ? (
            <MultiSelect
              label={t("program.composition.sectors")}
              placeholder={slot.sectors.length === 0 ? t("program.composition.sectorsPlaceholder") : undefined}
              data={vocabulary.options("sector")}
              searchable
              required
              key={form.key(`${path}.sectors`)}
              {...form.getInputProps(`${path}.sectors`)}
            />
          ) : (
            <Text fz="sm" c="dimmed" style={{ alignSelf: "end" }}>
              {t(`program.composition.kindHint.${slot.kind}`)}
            </Text>
          )}
        </SimpleGrid>
        <Checkbox
          label={t("program.composition.requiredLabel")}
          description={t("program.composition.requiredHint")}
          key={form.key(`${path}.required`)}
          {...form.getInputProps(`${path}.required`, { type: "checkbox" })}
        />
        <Group gap="xs" justify="flex-end" wrap="wrap">
          <Button
            variant="default"
            size="xs"
            disabled={index === 0}
            data-move={`${slot.key}-up`}
            aria-label={t("program.composition.moveUpNamed", { name })}
            onClick={() => move(index - 1, "up")}
          >
            {t("program.composition.moveUp")}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={index === count - 1}
            data-move={`${slot.key}-down`}
            aria-label={t("program.composition.moveDownNamed", { name })}
            onClick={() => move(index + 1, "down")}
          >
            {t("program.composition.moveDown")}
          </Button>
          <Button
            variant="light"
            color="red"
            size="xs"
            aria-label={t("program.composition.removeNamed", { name })}
            onClick={() => {
              form.removeListItem("slots", index);
              focusLater("[data-add-slot]");
            }}
          >
            {t("common.remove")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

type Props = { programId: string; slots: Slot[]; onDone: () => void };

/** Adds, removes, reorders and edits the seats of a program's composition, checked with the server's schema. */
export function CompositionEditor({ programId, slots, onDone }: Props) {
  const { t } = useTranslation();
  const save = useSaveComposition(programId);
  const { form, handleSubmit } = useSchemaForm({
    schema: compositionDocumentSchema,
    nested: true,
    initialValues: { slots: slots.map(toDraft) } satisfies Values,
    toInput: (values: Values) => ({ slots: values.slots.map(toSlot) }),
    onSubmit: async (body) => {
      await save.mutateAsync(body);
      notifySuccess(t("program.composition.savedMessage"));
      onDone();
    },
  });
  const current = form.getValues().slots;
  const addSlot = () => {
    const key = newKey(current);
    form.insertListItem("slots", {
      key,
      kind: "sectors",
      label: { en: "", fr: "" },
      why: { en: "", fr: "" },
      required: true,
      sectors: [],
    } satisfies SlotDraft);
    focusLater(`[data-slot="${key}"] [data-first-field]`);
  };
  const listError = form.errors.slots;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t("program.composition.editorLabel")}>
      <Stack gap="md">
        <Text fz="sm" c="dimmed" maw={720}>
          {t("program.composition.editorIntro")}
        </Text>
        {current.map((slot, index) => (
          <SlotFields key={slot.key} form={form} index={index} count={current.length} />
        ))}
        {listError && (
          <Text c="red" fz="sm" role="alert">
            {listError}
          </Text>
        )}
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Button variant="light" onClick={addSlot} disabled={current.length >= MAX_SLOTS} data-add-slot>
            {t("program.composition.addSlot")}
          </Button>
        </Group>
        <FormActions submitLabel={t("program.composition.save")} onCancel={onDone} isPending={form.submitting} />
      </Stack>
    </form>
  );
}
