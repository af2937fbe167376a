import { Alert, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Language } from "../../domain/vocabulary.js";
import type { Instrument } from "../../domain/surveys/instrument.js";
import { useCreateInstrument, useInstrument, useInstruments } from "../api/instruments.js";
import { DocumentProblems } from "../components/instruments/document-problems.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { useLanguage } from "../i18n/use-language.js";

function download(instrument: Instrument) {
  const blob = new Blob([`${JSON.stringify(instrument, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = `${instrument.id}-v${instrument.version}.json`;
  anchor.click();
  URL.revokeObjectURL(url);
}

/** The document shown readably in one language: sections and their items, scores, bands. */
function Readable({ instrument, language }: { instrument: Instrument; language: Language }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" lang={language}>
      {instrument.description && <Text>{instrument.description[language]}</Text>}
      {instrument.sections.map((section) => (
        <Paper key={section.key} withBorder p="md" component="section">
          <Title order={2} fz="h4" mb="xs">
            {section.title[language]}
          </Title>
          <Stack component="ol" gap="xs" m={0} pl="lg">
            {section.items.map((item) => (
              <li key={item.id}>
                <Text style={{ overflowWrap: "anywhere" }}>
                  {item.text[language]}{" "}
                  <Badge variant="light" size="sm">
                    {t(`instruments.types.${item.type}`)}
                  </Badge>
                  {item.required && (
                    <Text span fz="sm">
                      {" "}
                      · {t("instruments.required")}
                    </Text>
                  )}
                  {item.reverse && (
                    <Text span fz="sm">
                      {" "}
                      · {t("instruments.reverse")}
                    </Text>
                  )}
                </Text>
                <Text fz="xs" ff="monospace">
                  {item.id}
                </Text>
                {item.options && <Text fz="sm">{item.options.map((option) => option.label[language]).join(" · ")}</Text>}
              </li>
            ))}
          </Stack>
        </Paper>
      ))}
      {instrument.scores.length > 0 && (
        <Paper withBorder p="md" component="section">
          <Title order={2} fz="h4" mb="xs">
            {t("instruments.scores")}
          </Title>
          <Table.ScrollContainer minWidth={280}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("instruments.score")}</Table.Th>
                  <Table.Th>{t("instruments.items")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {instrument.scores.map((score) => (
                  <Table.Tr key={score.key}>
                    <Table.Td>{score.title[language]}</Table.Td>
                    <Table.Td style={{ overflowWrap: "anywhere" }}>{score.items.join(", ")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {instrument.bands.length > 0 && (
        <Paper withBorder p="md" component="section">
          <Title order={2} fz="h4" mb="xs">
            {t("instruments.bands")}
          </Title>
          <Stack component="ul" gap={4} m={0} pl="lg">
            {instrument.bands.map((band) => (
              <li key={band.key}>{t("instruments.band", { label: band.label[language], min: band.min })}</li>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** A new version: the latest document with the next version number, edited as JSON and checked by the server. */
function NewVersionEditor({ latest, onSaved }: { latest: Instrument; onSaved: (version: number) => void }) {
  const { t } = useTranslation();
  const create = useCreateInstrument();
  const [draft, setDraft] = useState(() => JSON.stringify({ ...latest, version: latest.version + 1 }, null, 2));
  const [notJson, setNotJson] = useState(false);
  function save() {
    let value: unknown;
    try {
      value = JSON.parse(draft);
    } catch {
      setNotJson(true);
      return;
    }
    setNotJson(false);
    create.mutate(value, { onSuccess: (created) => onSaved(created.version) });
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-version-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="new-version-heading">
          {t("instruments.newVersion")}
        </Title>
        <Textarea
          label={t("instruments.document")}
          description={t("instruments.documentHelp")}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          autosize
          minRows={10}
          maxRows={30}
          styles={{ input: { fontFamily: "monospace", fontSize: "0.8rem" } }}
        />
        {notJson && (
          <Alert color="red" role="alert">
            {t("instruments.notJson")}
          </Alert>
        )}
        <DocumentProblems error={create.error} />
        <Group>
          <Button onClick={save} loading={create.isPending}>
            {t("instruments.saveVersion")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** One instrument: a version chosen, shown in either language, exported, or followed by a new version. */
export function InstrumentDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { language } = useLanguage();
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [shown, setShown] = useState<Language | null>(null);
  const [editing, setEditing] = useState(false);
  const summary = useInstruments(id).data?.data.find((one) => one.id === id);
  const instrument = useInstrument(id, version);
  const latest = useInstrument(id);
  const reading = shown ?? language;
  return (
    <>
      <PageHeader
        title={instrument.data ? instrument.data.title[reading] : t("instruments.detailTitle")}
        description={t("instruments.idVersion", { id, version: instrument.data?.version ?? "" })}
      />
      <Stack gap="md">
        <Text>
          <Link to="/admin/instruments">{t("instruments.back")}</Link>
        </Text>
        <Group align="flex-end" wrap="wrap">
          {summary && (
            <Select
              label={t("instruments.version")}
              data={summary.versions.map((one) => ({ value: String(one), label: String(one) }))}
              value={String(instrument.data?.version ?? summary.version)}
              onChange={(value) => setVersion(value ? Number(value) : undefined)}
              allowDeselect={false}
              maw={160}
            />
          )}
          <SegmentedControl
            aria-label={t("instruments.language")}
            value={reading}
            onChange={(value) => setShown(value === "fr" ? "fr" : "en")}
            data={[
              { value: "en", label: "English" },
              { value: "fr", label: "Français" },
            ]}
          />
          {instrument.data && (
            <Button variant="default" onClick={() => instrument.data && download(instrument.data)}>
              {t("instruments.export")}
            </Button>
          )}
          {latest.data && !editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t("instruments.newVersion")}
            </Button>
          )}
        </Group>
        {editing && latest.data && (
          <NewVersionEditor
            latest={latest.data}
            onSaved={(saved) => {
              setEditing(false);
              setVersion(saved);
            }}
          />
        )}
        <QueryState query={instrument} notFound={t("instruments.notFound")}>
          {(document) => <Readable instrument={document} language={reading} />}
        </QueryState>
      </Stack>
    </>
  );
}
