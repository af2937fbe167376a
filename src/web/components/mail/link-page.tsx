import { Alert, Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { BrandMark } from "../layout/brand.js";
import { PublicLayout } from "../layout/public-layout.js";
import { useDocumentTitle } from "../use-document-title.js";

/** A page reached before signing in, from the sign-in page or a mailed link: a title, a few words, a form or an outcome. */
export function LinkPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <PublicLayout>
      <Paper p="xl" shadow="sm">
        <Stack gap="lg">
          <Stack gap="xs" align="flex-start">
            <BrandMark size={40} />
            <Title order={1}>{title}</Title>
            {intro && (
              <Text c="dimmed" fz="sm">
                {intro}
              </Text>
            )}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </PublicLayout>
  );
}

/** A link that no longer works (expired, used, unknown), said calmly, with the way forward. */
export function InvalidLink({ title, text, action }: { title: string; text: string; action: { to: string; label: string } }) {
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text fz="sm">{text}</Text>
        <Anchor component={Link} to={action.to} fz="sm" fw={500}>
          {action.label}
        </Anchor>
      </Stack>
    </Alert>
  );
}
