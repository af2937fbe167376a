import { DataList } from "@mantine/core";
import type { ReactNode } from "react";
import { useIsPhone } from "./use-is-phone.js";

export type DetailItem = { label: string; value: ReactNode };

/**
 * Label–value pairs as a description list: side by side on wide screens, the label above its value on
 * a phone, so a description keeps the whole width and a long address breaks instead of overflowing.
 */
export function DetailList({ items }: { items: DetailItem[] }) {
  const isPhone = useIsPhone();
  return (
    <DataList labelWidth={200} withDivider gap="sm" orientation={isPhone ? "vertical" : "horizontal"}>
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ minWidth: 0, overflowWrap: "anywhere" }}>{item.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
