import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useProgramRubric } from "../../api/rubrics.js";
import { useFormat } from "../../i18n/format.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { RubricChooser } from "./rubric-chooser.js";
import { RubricLevels } from "./rubric-levels.js";

/** The rubric a program's involvement records are classified with, the choice of another, and its levels in words. */
export function RubricSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const programRubric = useProgramRubric(programId);
  return (
    <Section title={t("program.rubric.title")}>
      <QueryState query={programRubric}>
        {({ rubric, setAt, abilities }) => (
          <Stack gap="lg">
            <Text c="dimmed" fz="sm" maw={720}>
              {t("program.rubric.intro")}
            </Text>
            <Stack gap={4}>
              <Text fw={600}>{rubric.title[format.language]}</Text>
              <Text fz="sm" c="dimmed">
                {t("program.rubric.identifier")}{" "}
                <Text span inherit ff="monospace" c="var(--mantine-color-text)">
                  {t("program.rubric.idVersion", { id: rubric.id, version: format.number(rubric.version) })}
                </Text>
              </Text>
              <Text fz="sm" c="dimmed">
                {setAt ? t("program.rubric.chosenOn", { date: format.timestamp(setAt) }) : t("program.rubric.builtInDefault")}
              </Text>
            </Stack>
            {abilities.update ? (
              <RubricChooser key={rubric.id} programId={programId} currentId={rubric.id} />
            ) : (
              <Text fz="sm" c="dimmed">
                {t("program.rubric.readOnly")}
              </Text>
            )}
            <RubricLevels id={rubric.id} version={rubric.version} />
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}
