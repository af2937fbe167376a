import { Anchor, Badge, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Program } from "../../contracts/programs.js";
import { useProgram } from "../api/programs.js";
import { useSession } from "../api/session.js";
import { PageHeader } from "../components/page-header.js";
import { CompositionSection } from "../components/programs/composition-section.js";
import { RubricSection } from "../components/programs/rubric-section.js";
import { SurveyPrivacySection } from "../components/programs/survey-privacy-section.js";
import { QueryState } from "../components/query-state.js";
import { useFormat } from "../i18n/format.js";
import { useLocalizedNames } from "../i18n/localized-names.js";

function ProgramView({ program }: { program: Program }) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const format = useFormat();
  const role = useSession().data?.user.role;
  // Results across partnerships are for those who oversee the program; a partnership's own people read theirs on its page.
  const readsSurveys = role === "admin" || role === "program_officer" || role === "evaluator";
  return (
    <>
      <PageHeader
        title={names.program(program)}
        back={{ to: "/programs", label: t("programs.title") }}
        badges={
          <Badge variant="light" radius="sm" tt="none" ff="monospace">
            <VisuallyHidden>{t("program.code", { code: program.code })}</VisuallyHidden>
            <span aria-hidden="true">{program.code}</span>
          </Badge>
        }
        description={
          <Stack gap={6} component="span">
            <Text inherit component="span" style={{ whiteSpace: "pre-wrap" }}>
              {program.description ?? t("program.noDescription")}
            </Text>
            {program.partnershipCount > 0 ? (
              <Anchor component={Link} to={`/partnerships?programId=${program.id}`} fw={500}>
                {t("program.partnerships", { count: program.partnershipCount, formatted: format.number(program.partnershipCount) })}
              </Anchor>
            ) : (
              <Text inherit component="span">
                {t("program.noPartnerships")}
              </Text>
            )}
            {readsSurveys && (
              <Anchor component={Link} to={`/programs/${program.id}/surveys`} fw={500}>
                {t("surveys.program.link")}
              </Anchor>
            )}
          </Stack>
        }
      />
      <Stack gap="lg">
        <RubricSection programId={program.id} />
        <CompositionSection programId={program.id} />
        <SurveyPrivacySection program={program} />
      </Stack>
    </>
  );
}

export function ProgramDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const program = useProgram(id);
  return (
    <QueryState query={program} notFound={t("program.notFound")}>
      {(current) => <ProgramView program={current} />}
    </QueryState>
  );
}
