import { Table, Text } from "@mantine/core";
import { cloneElement, type ReactElement } from "react";

/**
 * A wide table under its visible title, scrolling sideways on narrow screens. The title stays outside
 * the scrolling area so it wraps on a phone; assistive technology gets it as the table's own name
 * (given here, unless the table names itself) and as the scrolling area's name, which takes keyboard
 * focus so it can be scrolled.
 */
export function ScrollableTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactElement<{ "aria-label"?: string }>;
}) {
  const table = children.props["aria-label"] === undefined ? cloneElement(children, { "aria-label": label }) : children;
  return (
    <>
      <Text fw={600} mb="xs" aria-hidden="true">
        {label}
      </Text>
      <Table.ScrollContainer
        minWidth={minWidth}
        scrollAreaProps={{ type: "auto", viewportProps: { tabIndex: 0, role: "region", "aria-label": label } }}
      >
        {table}
      </Table.ScrollContainer>
    </>
  );
}
