import { Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PartnershipAccountability } from "../../../../contracts/accountability.js";
import { useFormat } from "../../../i18n/format.js";

/** The prevention – re-entry axis: what was pledged and delivered at each stage, and the stages nobody is acting on. */
export function AxisPanel({ axis }: { axis: PartnershipAccountability["axis"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm">
      {axis.uncovered.length > 0 && (
        <Text fw={600} c="red.9">
          {t("accountability.axis.uncoveredList", {
            list: axis.uncovered.map((stage) => t(`accountability.stage.${stage}`)).join(t("accountability.axis.separator")),
          })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {axis.stages.map((stage) => (
          <Card key={stage.stage} component="li" withBorder padding="sm">
            <Group justify="space-between" gap="xs">
              <Text fw={600}>{t(`accountability.stage.${stage.stage}`)}</Text>
              {!stage.covered && (
                <Badge color="red.9" variant="outline">
                  {t("accountability.axis.uncovered")}
                </Badge>
              )}
            </Group>
            <Text fz="sm">
              {t("accountability.axis.counts", {
                pledged: format.number(stage.pledged),
                delivered: format.number(stage.delivered),
                open: format.number(stage.open),
              })}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
