import { Checkbox, Group, Stack, Switch } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Sector } from "../../../domain/vocabulary.js";
import { AXIS_STAGES, DEFAULT_SECTOR_STAGES, type AxisStage } from "../../../domain/coverage/axis.js";
import { useCoverageText } from "./use-coverage-text.js";

type Props = {
  /** null: the usual stages of the member's sector apply; a list (possibly empty): the stages stated for this member. */
  value: AxisStage[] | null;
  onChange: (stages: AxisStage[] | null) => void;
  /** The member organization's sector, once known, to say what "usual" means. */
  sector: Sector | null;
  error?: ReactNode;
};

/** Whether a member's stages along the prevention-to-re-entry axis are its sector's usual ones or stated here. */
export function AxisStagesField({ value, onChange, sector, error }: Props) {
  const { t } = useTranslation();
  const text = useCoverageText();
  const usual = sector ? DEFAULT_SECTOR_STAGES[sector] : null;
  const usualText = usual
    ? t("coverage.member.usualStages", { stages: usual.length > 0 ? text.list(usual.map(text.stage)) : t("coverage.member.usualStagesNone") })
    : t("coverage.member.usualStagesUnknown");
  return (
    <Stack gap="xs">
      <Switch
        label={t("coverage.member.setStages")}
        description={value === null ? usualText : undefined}
        checked={value !== null}
        // Starting from the usual stages keeps the common case (one stage more or less) to a click.
        onChange={(event) => onChange(event.currentTarget.checked ? [...(usual ?? [])] : null)}
      />
      {value !== null && (
        <Checkbox.Group
          label={t("coverage.member.stages")}
          description={t("coverage.member.stagesDescription")}
          value={value}
          onChange={(chosen) => onChange(AXIS_STAGES.filter((stage) => chosen.includes(stage)))}
          error={error}
          pl={{ base: 0, xs: 54 }}
        >
          <Group gap="md" mt="xs">
            {AXIS_STAGES.map((stage) => (
              <Checkbox key={stage} value={stage} label={text.stage(stage)} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
