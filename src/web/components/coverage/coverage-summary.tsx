import { Alert, Paper, SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageBody } from "../../../contracts/coverage.js";
import { useFormat } from "../../i18n/format.js";
import { balanceReading } from "./sector-balance.js";
import { useCoverageText } from "./use-coverage-text.js";

function Figure({ label, value, help }: { label: string; value: string; help: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text component="dt" fz="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="dd" m={0} fz={{ base: "lg", sm: "xl" }} fw={700}>
        {value}
      </Text>
      <Text component="dd" m={0} fz="xs" c="dimmed">
        {help}
      </Text>
    </Paper>
  );
}

/** The four figures a coordinator looks at first, and the required seats still empty. */
export function CoverageSummary({ coverage }: { coverage: CoverageBody }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useCoverageText();
  const { balance } = coverage;
  const labelOf = (key: string) => {
    const slot = coverage.slots.find((candidate) => candidate.key === key);
    return slot ? text.localized(slot.label) : key;
  };
  const missingRequired = coverage.missing.required.map(labelOf);
  const missingOptional = coverage.missing.optional.map(labelOf);

  return (
    <>
      <SimpleGrid component="dl" cols={{ base: 2, lg: 4 }} spacing="sm" m={0}>
        <Figure
          label={t("coverage.stats.sectors")}
          value={t("coverage.stats.sectorsValue", { present: format.number(balance.sectorsPresent), possible: format.number(balance.sectorsPossible) })}
          help={t("coverage.stats.sectorsHelp")}
        />
        <Figure label={t("coverage.stats.balance")} value={text.decimal(balance.index)} help={t(`coverage.balance.reading.${balanceReading(balance)}`)} />
        <Figure label={t("coverage.stats.nonTraditional")} value={text.share(coverage.nonTraditional)} help={t("coverage.stats.nonTraditionalHelp")} />
        <Figure label={t("coverage.stats.newPartners")} value={text.share(coverage.newPartners)} help={t("coverage.stats.newPartnersHelp")} />
      </SimpleGrid>
      {missingRequired.length > 0 ? (
        <Alert color="red" variant="light" title={t("coverage.missingRequiredTitle")} styles={{ title: { color: "var(--mantine-color-text)" } }}>
          <Text fz="sm">{t("coverage.missingRequired", { list: text.list(missingRequired) })}</Text>
          {missingOptional.length > 0 && (
            <Text fz="sm" mt={4}>
              {t("coverage.missingOptional", { list: text.list(missingOptional) })}
            </Text>
          )}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" title={t("coverage.allRequiredFilled")} styles={{ title: { color: "var(--mantine-color-text)" } }}>
          {missingOptional.length > 0 && <Text fz="sm">{t("coverage.missingOptional", { list: text.list(missingOptional) })}</Text>}
        </Alert>
      )}
    </>
  );
}
