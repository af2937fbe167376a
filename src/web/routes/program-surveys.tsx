import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import type { Program } from "../../contracts/programs.js";
import { ROUND_LABELS } from "../../contracts/surveys.js";
import { usePartnerships } from "../api/partnerships.js";
import { useProgram } from "../api/programs.js";
import { programResultsFileUrl, useProgramResults } from "../api/survey-results.js";
import { useInstrumentChoices } from "../api/surveys.js";
import { PlusIcon } from "../components/icons.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { DownloadLinks } from "../components/reports/download-links.js";
import { Section } from "../components/section.js";
import { useSurveyText } from "../components/surveys/labels.js";
import { ProgramResultsView } from "../components/surveys/program-results.js";
import { ProgramRoundsForm } from "../components/surveys/program-rounds-form.js";
import { useSearchState } from "../components/use-search-state.js";
import { useLocalizedNames } from "../i18n/localized-names.js";

function ProgramSurveys({ program }: { program: Program }) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const text = useSurveyText();
  const search = useSearchState<"instrument" | "label">();
  const instruments = useInstrumentChoices();
  const partnerships = usePartnerships({ programId: program.id, pageSize: PAGE_SIZE_MAX, sort: "name" });
  const [opening, setOpening] = useState(false);
  const list = instruments.data?.data ?? [];
  const instrument = search.get("instrument") || (list[0]?.id ?? "");
  const label = search.get("label");
  const filters = instrument ? { instrument, ...(label ? { label } : {}) } : null;
  const results = useProgramResults(program.id, filters);
  const runnable = (partnerships.data?.data ?? []).filter((partnership) => partnership.abilities.runSurveys);
  return (
    <>
      <PageHeader
        title={t("surveys.programTitle")}
        description={t("surveys.program.intro", { program: names.program(program) })}
        back={{ to: `/programs/${program.id}`, label: names.program(program) }}
        actions={
          runnable.length > 0 && (
            // A long label wraps inside the button on a phone instead of pushing the page sideways.
            <Button
              leftSection={<PlusIcon size={16} />}
              onClick={() => setOpening(true)}
              h="auto"
              mih={36}
              py={6}
              styles={{ label: { whiteSpace: "normal", textAlign: "start" }, root: { maxWidth: "100%" } }}
            >
              {t("surveys.program.open")}
            </Button>
          )
        }
      />
      <Section
        title={t("surveys.results.title")}
        actions={filters && <DownloadLinks fileUrl={(format) => programResultsFileUrl(program.id, filters, format)} />}
      >
        <Stack gap="lg">
          <Group gap="md" align="flex-end" wrap="wrap">
            <Select
              label={t("surveys.program.instrument")}
              data={list.map((entry) => ({ value: entry.id, label: text.localized(entry.title) }))}
              value={instrument || null}
              onChange={(next) => search.update({ instrument: next ?? "" })}
              allowDeselect={false}
              w={300}
              maw="100%"
            />
            <Select
              label={t("surveys.program.label")}
              data={[
                { value: "", label: t("surveys.program.anyLabel") },
                ...ROUND_LABELS.map((entry) => ({ value: entry, label: text.roundLabel(entry) })),
              ]}
              value={label}
              onChange={(next) => search.update({ label: next ?? "" })}
              allowDeselect={false}
              w={220}
              maw="100%"
            />
          </Group>
          {!filters ? (
            <Text c="dimmed">{t("surveys.program.choose")}</Text>
          ) : (
            <QueryState query={results}>
              {(data) =>
                data.partnerships.length === 0 ? (
                  <Text c="dimmed">{t("surveys.program.empty")}</Text>
                ) : (
                  <ProgramResultsView results={data} />
                )
              }
            </QueryState>
          )}
        </Stack>
      </Section>
      <Modal opened={opening} onClose={() => setOpening(false)} title={t("surveys.program.openTitle")} size="lg">
        <ProgramRoundsForm programId={program.id} partnerships={runnable} instruments={list} onDone={() => setOpening(false)} />
      </Modal>
    </>
  );
}

/** A program's surveys: open rounds across its partnerships, and how many fall in each band per score. */
export function ProgramSurveysPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const program = useProgram(id);
  return (
    <QueryState query={program} notFound={t("program.notFound")}>
      {(current) => <ProgramSurveys program={current} />}
    </QueryState>
  );
}
