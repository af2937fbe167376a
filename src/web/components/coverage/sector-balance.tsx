import { Group, Progress, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CoverageBody } from "../../../contracts/coverage.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { useCoverageText } from "./use-coverage-text.js";

type Balance = CoverageBody["balance"];
export type BalanceReading = "none" | "single" | "concentrated" | "moderate" | "even";

/**
 * A plain reading of the evenness index. The index divides by every sector of the list, so a handful
 * of members in distinct sectors already reaches the middle of the scale; the bands follow that.
 */
export function balanceReading(balance: Balance): BalanceReading {
  if (balance.memberCount === 0) return "none";
  if (balance.sectorsPresent === 1) return "single";
  if (balance.index < 0.35) return "concentrated";
  if (balance.index < 0.65) return "moderate";
  return "even";
}

/** The evenness index with its reading and formula, and the members per sector as a table with bars. */
export function SectorBalance({ balance }: { balance: Balance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vocabulary = useVocabulary();
  const text = useCoverageText();
  const index = text.decimal(balance.index);
  const possible = format.number(balance.sectorsPossible);

  return (
    <Stack gap="md">
      <Text fz="sm">{t("coverage.balance.intro")}</Text>
      <Stack gap={6}>
        <Group gap="sm" align="baseline">
          <Text fw={600}>{t("coverage.balance.index")}</Text>
          <Text fz="xl" fw={700}>
            {index}
          </Text>
          <Text fz="sm" c="dimmed">
            {t("coverage.balance.indexValue", { value: index })}
          </Text>
        </Group>
        <Progress value={balance.index * 100} size="lg" radius="xl" aria-label={t("coverage.balance.index")} />
        <Text fw={500}>{t(`coverage.balance.reading.${balanceReading(balance)}`)}</Text>
        <Text fz="sm" c="dimmed">
          {t("coverage.balance.scale", { possible })}
        </Text>
      </Stack>

      <Stack gap={4}>
        <Title order={4}>{t("coverage.balance.formulaTitle")}</Title>
        <Text fz="sm">{t("coverage.balance.formula", { possible })}</Text>
        <Text fz="sm">{t("coverage.balance.computed", { shannon: text.decimal(balance.shannon, 3), possible, index: text.decimal(balance.index, 3) })}</Text>
      </Stack>

      {balance.counts.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table>
            <VisuallyHidden component="caption">{t("coverage.balance.tableCaption")}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("coverage.balance.sector")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("coverage.balance.members")}
                </Table.Th>
                <Table.Th scope="col">{t("coverage.balance.share")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balance.counts.map((entry) => {
                const share = balance.memberCount === 0 ? 0 : entry.count / balance.memberCount;
                return (
                  <Table.Tr key={entry.sector}>
                    <Table.Td>{vocabulary.label("sector", entry.sector)}</Table.Td>
                    <Table.Td ta="right">{format.number(entry.count)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text fz="sm" w={48}>
                          {text.percent(share)}
                        </Text>
                        {/* The bar repeats the percentage beside it. */}
                        <Progress value={share * 100} size="sm" style={{ flex: 1, minWidth: 60 }} aria-hidden="true" />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
