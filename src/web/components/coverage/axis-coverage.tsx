import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CoverageBody } from "../../../contracts/coverage.js";
import { toneProps } from "./tones.js";
import { useCoverageText } from "./use-coverage-text.js";

type Axis = CoverageBody["axis"];

/** Each stage from prevention to re-entry: covered or not, by whom, and whether that was stated or assumed from the sector. */
export function AxisCoverage({ axis }: { axis: Axis }) {
  const { t } = useTranslation();
  const text = useCoverageText();
  return (
    <Stack gap="md">
      <Text fz="sm">{t("coverage.axis.intro")}</Text>
      {axis.empty.length > 0 && (
        <Alert color="orange" variant="light" styles={{ message: { color: "var(--mantine-color-text)" } }}>
          {t("coverage.axis.emptyStages", { list: text.list(axis.empty.map(text.stage)) })}
        </Alert>
      )}
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" p={0} m={0} style={{ listStyle: "none" }}>
        {axis.stages.map((entry) => (
          <Paper
            component="li"
            key={entry.stage}
            withBorder
            p="sm"
            radius="md"
            style={entry.covered ? undefined : { borderLeft: "4px solid var(--mantine-color-orange-6)" }}
          >
            <Group justify="space-between" gap="xs" mb={6}>
              <Title order={4} fz="md">
                {text.stage(entry.stage)}
              </Title>
              <Badge {...toneProps(entry.covered ? "good" : "warning")} radius="sm" tt="none">
                {entry.covered ? t("coverage.axis.covered") : t("coverage.axis.notCovered")}
              </Badge>
            </Group>
            {entry.members.length === 0 ? (
              <Text fz="sm" c="dimmed">
                {t("coverage.axis.nobody")}
              </Text>
            ) : (
              <List size="sm" spacing={2}>
                {entry.members.map((member) => (
                  <List.Item key={member.organizationId}>
                    {text.member(member)}{" "}
                    <Text span fz="xs" c="dimmed">
                      ({member.source === "membership" ? t("coverage.axis.declared") : t("coverage.axis.inferred")})
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
