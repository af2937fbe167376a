import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Slot } from "../../../domain/coverage/composition.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { Tags } from "../tags.js";

/** The seats of a composition, in order, as the program recommends them. */
export function SlotList({ slots }: { slots: Slot[] }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const vocabulary = useVocabulary();
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("program.composition.slotsLabel")}>
      {slots.map((slot) => (
        <Paper component="li" key={slot.key} withBorder p="md" radius="md">
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>{slot.label[language]}</Text>
              <Badge
                variant={slot.required ? "filled" : "outline"}
                color={slot.required ? "indigo" : "gray"}
                radius="sm"
                tt="none"
                fw={500}
              >
                {slot.required ? t("program.composition.required") : t("program.composition.optional")}
              </Badge>
              <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
                {t(`program.composition.kind.${slot.kind}`)}
              </Badge>
            </Group>
            <Text fz="sm">{slot.why[language]}</Text>
            {slot.kind === "sectors" && (
              <Group gap="xs" align="center" wrap="wrap">
                <Text fz="sm" fw={500} component="span">
                  {t("program.composition.sectors")}
                </Text>
                <Tags labels={slot.sectors.map((sector) => vocabulary.label("sector", sector))} />
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
