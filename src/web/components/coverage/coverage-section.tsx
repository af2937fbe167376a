import { Accordion, Group, Stack, Text, TextInput, useMantineTheme } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState, type ReactNode } from "react";
import { isoDateSchema } from "../../../contracts/common.js";
import { useTranslation } from "react-i18next";
import type { CoverageBody } from "../../../contracts/coverage.js";
import type { Partnership } from "../../../contracts/partnerships.js";
import { useCoverage } from "../../api/coverage.js";
import { useFormat } from "../../i18n/format.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { AxisCoverage } from "./axis-coverage.js";
import { CompositionSlots } from "./composition-slots.js";
import { CoverageSummary } from "./coverage-summary.js";
import { SectorBalance } from "./sector-balance.js";
import { SelectionChecklist } from "./selection-checklist.js";
import { useCoverageText } from "./use-coverage-text.js";

type PanelProps = { value: string; title: string; status: string; children: ReactNode };

function Panel({ value, title, status, children }: PanelProps) {
  return (
    <Accordion.Item value={value}>
      <Accordion.Control>
        <Group gap="xs" justify="space-between" wrap="wrap" pr="xs">
          <span>{title}</span>
          <Text span fz="sm" c="dimmed" fw={400}>
            {status}
          </Text>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>{children}</Accordion.Panel>
    </Accordion.Item>
  );
}

function CoverageView({ coverage }: { coverage: CoverageBody }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useCoverageText();
  const theme = useMantineTheme();
  // On a phone every panel starts closed, so that the figures and the empty seats fit on a screen or two.
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const filledSlots = coverage.slots.filter((slot) => slot.present).length;
  const coveredStages = coverage.axis.stages.filter((stage) => stage.covered).length;
  const answered = coverage.checklist.filter((item) => item.answer === "yes").length;
  const source = coverage.composition.isDefault
    ? t("coverage.compositionDefault")
    : coverage.composition.updatedAt
      ? t("coverage.compositionProgram", { date: format.timestamp(coverage.composition.updatedAt) })
      : t("coverage.compositionProgramUndated");

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text fz="sm">{t("coverage.intro", { date: format.date(coverage.asOf) })}</Text>
        <Group gap="xs">
          <Text fz="sm" fw={500}>
            {source}
          </Text>
          {coverage.formerMemberCount > 0 && (
            <Text fz="sm" c="dimmed">
              {t("coverage.formerMembers", { number: format.number(coverage.formerMemberCount) })}
            </Text>
          )}
        </Group>
      </Stack>
      {coverage.members.every((member) => member.isLead) && <Text c="dimmed">{t("coverage.noMembers")}</Text>}
      <CoverageSummary coverage={coverage} />
      <Accordion multiple variant="separated" order={3} defaultValue={isWide ? ["checklist", "composition"] : []}>
        <Panel
          value="checklist"
          title={t("coverage.panels.checklist")}
          status={t("coverage.panelStatus.checklist", { yes: format.number(answered), total: format.number(coverage.checklist.length) })}
        >
          <SelectionChecklist checklist={coverage.checklist} />
        </Panel>
        <Panel
          value="composition"
          title={t("coverage.panels.composition")}
          status={t("coverage.panelStatus.composition", { filled: format.number(filledSlots), total: format.number(coverage.slots.length) })}
        >
          <CompositionSlots slots={coverage.slots} affectedGroups={coverage.affectedGroups} />
        </Panel>
        <Panel value="axis" title={t("coverage.panels.axis")} status={t("coverage.panelStatus.axis", { covered: format.number(coveredStages), total: format.number(coverage.axis.stages.length) })}>
          <AxisCoverage axis={coverage.axis} />
        </Panel>
        <Panel
          value="balance"
          title={t("coverage.panels.balance")}
          status={t("coverage.panelStatus.balance", { index: text.decimal(coverage.balance.index) })}
        >
          <SectorBalance balance={coverage.balance} />
        </Panel>
      </Accordion>
    </Stack>
  );
}

/**
 * How the members cover the program's recommended composition, for the partnership page: today's
 * table, or the table on another day (at the baseline, say) to see how it has changed.
 */
export function CoverageSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState("");
  const chosen = isoDateSchema.safeParse(asOf).success ? asOf : undefined;
  const coverage = useCoverage(partnership.id, chosen);
  return (
    <Section
      title={t("coverage.title")}
      actions={
        <TextInput
          type="date"
          label={t("coverage.asOf")}
          description={t("coverage.asOfHint")}
          value={asOf}
          onChange={(event) => setAsOf(event.currentTarget.value)}
          w={200}
        />
      }
    >
      <QueryState query={coverage}>{(data) => <CoverageView coverage={data} />}</QueryState>
    </Section>
  );
}
