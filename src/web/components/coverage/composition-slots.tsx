import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CoverageBody } from "../../../contracts/coverage.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { toneProps } from "./tones.js";
import { useCoverageText } from "./use-coverage-text.js";

type Slot = CoverageBody["slots"][number];
type AffectedGroup = CoverageBody["affectedGroups"][number];

const MISSING_REQUIRED = { borderLeft: "4px solid var(--mantine-color-red-6)" };
const PARTLY_REQUIRED = { borderLeft: "4px solid var(--mantine-color-orange-6)" };

/** The seat's badge: filled, partly filled, or empty (in red when the seat is required). */
function fillBadge(slot: Slot) {
  switch (slot.fill) {
    case "filled":
      return { tone: toneProps("good"), key: "coverage.slots.filled" } as const;
    case "partly":
      return { tone: toneProps("warning"), key: "coverage.slots.partly" } as const;
    case "empty":
      return { tone: slot.required ? toneProps("bad", "filled") : toneProps("neutral"), key: "coverage.slots.empty" } as const;
  }
}

function membersLine(slot: Slot): { key: "coverage.slots.filledBy" | "coverage.slots.partlyBy" | "coverage.slots.nobody" } {
  if (slot.members.length === 0) return { key: "coverage.slots.nobody" };
  return { key: slot.fill === "partly" ? "coverage.slots.partlyBy" : "coverage.slots.filledBy" };
}

function SlotCard({ slot }: { slot: Slot }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const text = useCoverageText();
  const filledBy = {
    sectors: t("coverage.slots.sectors", { sectors: text.alternatives(slot.sectors.map((sector) => vocabulary.label("sector", sector))) }),
    most_affected: t("coverage.slots.affected"),
    critic: t("coverage.slots.critic"),
  }[slot.kind];
  const badge = fillBadge(slot);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      style={slot.required && slot.fill !== "filled" ? (slot.fill === "partly" ? PARTLY_REQUIRED : MISSING_REQUIRED) : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={4} fz="md" style={{ flex: 1, minWidth: 160 }}>
            {text.localized(slot.label)}
          </Title>
          <Group gap={6}>
            <Badge {...badge.tone} radius="sm" tt="none">
              {t(badge.key)}
            </Badge>
            <Badge {...toneProps("neutral", "outline")} radius="sm" tt="none">
              {slot.required ? t("coverage.slots.required") : t("coverage.slots.optional")}
            </Badge>
          </Group>
        </Group>
        <Text fz="sm" c="dimmed">
          {text.localized(slot.why)}
        </Text>
        <Text fz="xs">{filledBy}</Text>
        <Text fz="sm" fw={500}>
          {t(membersLine(slot).key, { names: text.members(slot.members) })}
        </Text>
      </Stack>
    </Paper>
  );
}

function AffectedGroupItem({ group }: { group: AffectedGroup }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const text = useCoverageText();
  return (
    <Paper component="li" withBorder p="sm" radius="md" style={group.present ? undefined : MISSING_REQUIRED}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600} fz="sm" style={{ flex: 1, minWidth: 160 }}>
            {t("coverage.affected.lookIn", { sectors: text.list(group.sectors.map((sector) => vocabulary.label("sector", sector))) })}
          </Text>
          <Badge {...toneProps(group.present ? "good" : "bad", group.present ? "light" : "filled")} radius="sm" tt="none">
            {group.present ? t("coverage.affected.heard") : t("coverage.affected.notHeard")}
          </Badge>
        </Group>
        <Group gap={6}>
          {group.reasons.map((reason) => (
            <Badge key={`${reason.source}:${reason.key}`} {...toneProps("reason", "outline")} radius="sm" tt="none" fw={500}>
              {reason.source === "priority_group"
                ? t("coverage.affected.priorityGroup", { label: vocabulary.label("priorityGroup", reason.key) })
                : t("coverage.affected.focusIssue", { label: vocabulary.label("focusIssue", reason.key) })}
            </Badge>
          ))}
        </Group>
        {group.assumed && (
          <Text fz="xs" c="dimmed">
            {t("coverage.affected.assumed")}
          </Text>
        )}
        {group.members.length > 0 && <Text fz="sm">{t("coverage.affected.members", { names: text.members(group.members) })}</Text>}
      </Stack>
    </Paper>
  );
}

/** The recommended seats, filled or empty, then the groups most affected and whether a member speaks for each. */
export function CompositionSlots({ slots, affectedGroups }: { slots: Slot[]; affectedGroups: AffectedGroup[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text fz="sm">{t("coverage.slots.intro")}</Text>
      <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} spacing="sm" p={0} m={0} style={{ listStyle: "none" }}>
        {slots.map((slot) => (
          <SlotCard key={slot.key} slot={slot} />
        ))}
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={4}>{t("coverage.affected.title")}</Title>
        <Text fz="sm">{t("coverage.affected.intro")}</Text>
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {affectedGroups.map((group) => (
            <AffectedGroupItem key={group.key} group={group} />
          ))}
        </Stack>
      </Stack>
    </Stack>
  );
}
