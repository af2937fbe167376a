import { Box, Group, Text } from "@mantine/core";
import type { ContinuumType } from "../../../domain/reports/typology-report.js";
import { TYPE_COLORS } from "../involvement/labels.js";

/** A small square in a series' colour, tying a column or a label to the chart; decorative. */
export function Swatch({ color }: { color: string }) {
  return (
    <Box
      component="span"
      aria-hidden="true"
      display="inline-block"
      w={12}
      h={12}
      mr={6}
      style={{ background: color, border: "1px solid var(--mantine-color-gray-6)", verticalAlign: "-1px", flexShrink: 0 }}
    />
  );
}

export function TypeSwatch({ type }: { type: ContinuumType }) {
  return <Swatch color={TYPE_COLORS[type].fill} />;
}

/** The chart's legend as page text: it wraps on a phone and reads like the rest of the page. */
export function ChartLegend({ items }: { items: { key: string; label: string; color: string }[] }) {
  return (
    <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: "none", rowGap: 4 }}>
      {items.map((item) => (
        <Text component="li" key={item.key} fz="sm" display="flex" style={{ alignItems: "center" }}>
          <Swatch color={item.color} />
          {item.label}
        </Text>
      ))}
    </Group>
  );
}
