import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Charter } from "../../../../contracts/charter.js";
import { DetailList } from "../../detail-list.js";
import { Section } from "../../section.js";

function Paragraph({ value }: { value: string | null }) {
  const { t } = useTranslation();
  return value ? <Text style={{ whiteSpace: "pre-wrap" }}>{value}</Text> : <Text c="dimmed">{t("charter.notSet")}</Text>;
}

/** The charter as every member reads it. */
export function CharterView({ charter }: { charter: Charter }) {
  const { t } = useTranslation();
  const named = charter.members.filter((member) => member.inCharter);
  return (
    <Stack gap="lg">
      <Section title={t("charter.section.purpose")}>
        <Stack gap="md">
          {(["need", "vision", "mission", "values"] as const).map((field) => (
            <div key={field}>
              <Title order={3} size="h5" mb={4}>
                {t(`charter.field.${field}`)}
              </Title>
              <Paragraph value={charter[field]} />
            </div>
          ))}
        </Stack>
      </Section>
      <Section title={t("charter.section.structure")}>
        <DetailList
          items={[
            {
              label: t("charter.field.formality"),
              value: charter.formality ? t(`charter.formality.${charter.formality}`) : t("charter.notSet"),
            },
            {
              label: t("charter.field.governance"),
              value: charter.governance ? t(`charter.governance.${charter.governance}`) : t("charter.notSet"),
            },
            { label: t("charter.field.decisionMaking"), value: <Paragraph value={charter.decisionMaking} /> },
            { label: t("charter.field.conflictResolution"), value: <Paragraph value={charter.conflictResolution} /> },
          ]}
        />
      </Section>
      <Section title={t("charter.section.members")}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {named.map((member) => (
            <Card key={member.membershipId} withBorder component="article" aria-label={member.organization.name}>
              <Group justify="space-between" mb="xs" gap="xs">
                <Title order={3} size="h5">
                  {member.organization.name}
                </Title>
                <Group gap={4}>
                  {member.isLead && <Badge variant="light">{t("charter.lead")}</Badge>}
                  <Badge variant="outline">{member.intendedRole ? t(`charter.role.${member.intendedRole}`) : t("charter.noRole")}</Badge>
                </Group>
              </Group>
              <DetailList
                items={[
                  { label: t("charter.field.gains"), value: <Paragraph value={member.gains} /> },
                  { label: t("charter.field.expectations"), value: <Paragraph value={member.expectations} /> },
                ]}
              />
            </Card>
          ))}
        </SimpleGrid>
        {named.length === 0 && <Text c="dimmed">{t("charter.notSet")}</Text>}
      </Section>
    </Stack>
  );
}
