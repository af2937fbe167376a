import { Alert, Anchor, Button, List, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSimilarOrganizations } from "../../api/similar-names.js";
import { useVocabulary } from "../../i18n/vocabulary.js";

/**
 * "Did you mean …?" under an organization's name as it is typed: registered names close to it, each a
 * link to check, and a button to go on with the new one. It never blocks saving.
 */
export function SimilarNames({ name, exceptId }: { name: string; exceptId?: string }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const [debounced] = useDebouncedValue(name, 400);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const similar = useSimilarOrganizations(debounced, exceptId);
  const found = similar.data?.data ?? [];
  if (found.length === 0 || dismissed === debounced.trim()) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t("registry.similarTitle")}
      role="status"
      styles={{ title: { color: "var(--mantine-color-text)" }, message: { color: "var(--mantine-color-text)" } }}
    >
      <Stack gap="xs">
        <Text fz="sm">{t("registry.similarIntro")}</Text>
        <List size="sm" spacing={4}>
          {found.map((organization) => (
            <List.Item key={organization.id}>
              <Anchor component={Link} to={`/organizations/${organization.id}`} target="_blank" inherit>
                {t("registry.similarLink", { name: organization.name, sector: vocabulary.label("sector", organization.sector) })}
              </Anchor>
            </List.Item>
          ))}
        </List>
        <Button
          variant="filled"
          color="dark"
          size="compact-sm"
          onClick={() => setDismissed(debounced.trim())}
          style={{ alignSelf: "flex-start" }}
        >
          {t("registry.similarDismiss")}
        </Button>
      </Stack>
    </Alert>
  );
}
