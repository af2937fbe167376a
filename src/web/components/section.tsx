import { Group, Paper, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";

/** A titled part of a page (h2), with optional actions beside the title. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} p="lg">
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      {children}
    </Paper>
  );
}
