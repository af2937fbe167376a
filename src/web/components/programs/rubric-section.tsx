import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useProgramRubric } from "../../api/rubrics.js";
import { useSession } from "../../api/session.js";
import { useFormat } from "../../i18n/format.js";
import { canChooseRubric } from "../../permissions.js";
import { DetailList } from "../detail-list.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { RubricChooser } from "./rubric-chooser.js";
import { RubricLevels } from "./rubric-levels.js";

/** The rubric a program's involvement records are classified with, the choice of another, and its levels in words. */
export function RubricSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const programRubric = useProgramRubric(programId);
  const role = session.data?.user.role;
  return (
    <Section title={t("program.rubric.title")}>
      <QueryState query={programRubric}>
        {({ rubric, setAt }) => (
          <Stack gap="lg">
            <Text c="dimmed" fz="sm" maw={720}>
              {t("program.rubric.intro")}
            </Text>
            <DetailList
              items={[
                { label: t("program.rubric.name"), value: rubric.title[format.language] },
                {
                  label: t("program.rubric.identifier"),
                  value: (
                    <Text inherit ff="monospace" fz="sm">
                      {t("program.rubric.idVersion", { id: rubric.id, version: format.number(rubric.version) })}
                    </Text>
                  ),
                },
                { label: t("program.rubric.chosen"), value: setAt ? format.timestamp(setAt) : t("program.rubric.builtInDefault") },
              ]}
            />
            {canChooseRubric(role) ? (
              <RubricChooser key={rubric.id} programId={programId} currentId={rubric.id} role={role} />
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
