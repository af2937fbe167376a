import { Anchor, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useDocumentTitle } from "./use-document-title.js";

type Props = {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
  badges?: ReactNode;
};

/** The page's one h1, with an optional way back, description and actions on the right. */
export function PageHeader({ title, description, actions, back, badges }: Props) {
  useDocumentTitle(title);
  return (
    <Stack gap={6} mb="xl">
      {back && (
        <Anchor component={Link} to={back.to} fz="sm" fw={500}>
          <span aria-hidden="true">← </span>
          {back.label}
        </Anchor>
      )}
      <Group justify="space-between" align="flex-start" gap="md">
        {/* The title keeps at least 16rem: on a phone the actions wrap below it instead of covering it. */}
        <Stack gap={6} style={{ flex: "1 1 16rem", minWidth: 0 }}>
          <Group gap="sm" align="center">
            <Title order={1} style={{ overflowWrap: "break-word", minWidth: 0, maxWidth: "100%" }}>
              {title}
            </Title>
            {badges}
          </Group>
          {description && (
            <Text c="dimmed" maw={720}>
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
