import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Partnership } from "../../contracts/partnerships.js";
import { useFormat } from "../i18n/format.js";
import { StatusBadge } from "./status-badge.js";
import { useLocalizedNames } from "../i18n/localized-names.js";

export function PartnershipCard({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const format = useFormat();
  return (
    <Card padding="lg" h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3}>
            <Anchor component={Link} to={`/partnerships/${partnership.id}`} c="harbour.9" inherit>
              {partnership.name}
            </Anchor>
          </Title>
          <StatusBadge status={partnership.status} />
        </Group>
        <Text fz="sm" c="dimmed">
          {names.program(partnership.program)}
          {partnership.region ? ` · ${names.region(partnership.region)}` : ""}
        </Text>
        <Text fz="sm">{t("partnerships.ledBy", { name: partnership.leadOrganization.name })}</Text>
        <Text fz="sm" fw={600} mt="auto">
          {t("partnerships.members", { count: partnership.memberCount, formatted: format.number(partnership.memberCount) })}
        </Text>
      </Stack>
    </Card>
  );
}
