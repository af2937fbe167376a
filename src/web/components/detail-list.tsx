import { DataList } from "@mantine/core";
import type { ReactNode } from "react";

export type DetailItem = { label: string; value: ReactNode };

/** Label–value pairs as a description list. */
export function DetailList({ items }: { items: DetailItem[] }) {
  return (
    <DataList labelWidth={200} withDivider gap="sm">
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue>{item.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
