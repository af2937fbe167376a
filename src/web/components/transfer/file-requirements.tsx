import { Accordion, Button, Code, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { INVOLVEMENT_COLUMNS, REGISTRY_COLUMNS, REGISTRY_ENTITIES } from "../../../contracts/imports.js";
import { DownloadIcon } from "../icons.js";
import { saveTemplate } from "./save-file.js";

function ColumnNames({ columns }: { columns: readonly string[] }) {
  return (
    <Group gap={6} component="span" style={{ display: "inline-flex" }}>
      {columns.map((column) => (
        <Code key={column}>{column}</Code>
      ))}
    </Group>
  );
}

/** The rules every import follows: the essentials in view, the finer points one click away. */
function CommonRules({ format }: { format: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <List size="sm" spacing={6}>
        <List.Item>{format}</List.Item>
        <List.Item>{t("transfer.rules.answers")}</List.Item>
        <List.Item>{t("transfer.rules.allOrNothing")}</List.Item>
      </List>
      <Accordion variant="contained" chevronPosition="left">
        <Accordion.Item value="rules">
          <Accordion.Control>
            <Text fz="sm" fw={500}>
              {t("transfer.rules.more")}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <List size="sm" spacing={6}>
              <List.Item>{t("transfer.rules.header")}</List.Item>
              <List.Item>{t("transfer.rules.values")}</List.Item>
              <List.Item>{t("transfer.rules.names")}</List.Item>
            </List>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

export function InvolvementRequirements() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={3}>{t("transfer.requirements.title")}</Title>
      <Stack gap={4}>
        <Text fz="sm" fw={600}>
          {t("transfer.requirements.required")}
        </Text>
        <ColumnNames columns={INVOLVEMENT_COLUMNS.required} />
      </Stack>
      <Stack gap={4}>
        <Text fz="sm" fw={600}>
          {t("transfer.requirements.optional")}
        </Text>
        <ColumnNames columns={INVOLVEMENT_COLUMNS.optional} />
      </Stack>
      <Text fz="sm">{t("transfer.involvement.columnsNote")}</Text>
      <CommonRules format={t("transfer.involvement.format")} />
      <Group>
        <Button
          variant="default"
          size="sm"
          leftSection={<DownloadIcon />}
          onClick={() => saveTemplate(INVOLVEMENT_COLUMNS, "involvement-template.csv")}
        >
          {t("transfer.requirements.template")}
        </Button>
      </Group>
    </Stack>
  );
}

/** One block per registry file, in the order they are read; blocks stack on a phone. */
export function RegistryRequirements() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={3}>{t("transfer.requirements.title")}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {REGISTRY_ENTITIES.map((entity) => {
          const name = t(`transfer.entities.${entity}`);
          return (
            <Paper key={entity} p="md" bg="var(--mantine-color-gray-0)">
              <Stack gap="xs">
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Title order={4}>{name}</Title>
                    <Text fz="xs" c="dimmed">
                      {t("transfer.registry.sheetName", { name: entity })}
                    </Text>
                  </div>
                  <Button
                    variant="default"
                    size="xs"
                    style={{ flexShrink: 0 }}
                    leftSection={<DownloadIcon size={16} />}
                    aria-label={t("transfer.requirements.templateOf", { entity: name })}
                    onClick={() => saveTemplate(REGISTRY_COLUMNS[entity], `${entity}-template.csv`)}
                  >
                    {t("transfer.requirements.templateShort")}
                  </Button>
                </Group>
                <Text fz="sm" fw={600}>
                  {t("transfer.requirements.required")}
                </Text>
                <ColumnNames columns={REGISTRY_COLUMNS[entity].required} />
                <Text fz="sm" fw={600}>
                  {t("transfer.requirements.optional")}
                </Text>
                <ColumnNames columns={REGISTRY_COLUMNS[entity].optional} />
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Text fz="sm">{t("transfer.registry.columnsNote")}</Text>
      <CommonRules format={t("transfer.registry.format")} />
    </Stack>
  );
}
