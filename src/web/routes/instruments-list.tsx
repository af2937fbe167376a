import { Alert, Badge, Button, FileInput, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InstrumentSummary } from "../../contracts/instruments.js";
import { useCopyInstrument, useCreateInstrument, useInstruments } from "../api/instruments.js";
import { DocumentProblems } from "../components/instruments/document-problems.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { useLanguage } from "../i18n/use-language.js";

/** Reads a chosen file as JSON; null when it is not JSON at all. */
async function jsonOf(file: File): Promise<{ value: unknown } | null> {
  try {
    return { value: JSON.parse((await file.text()).replace(/^\uFEFF/, "")) };
  } catch {
    return null;
  }
}

function ImportPanel() {
  const { t } = useTranslation();
  const create = useCreateInstrument();
  const [notJson, setNotJson] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  async function importFile() {
    if (!file) return;
    const parsed = await jsonOf(file);
    setNotJson(parsed === null);
    create.reset();
    if (parsed) create.mutate(parsed.value);
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-heading">
      <Stack gap="sm">
        <Title order={2} id="import-heading" fz="h4">
          {t("instruments.import")}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <FileInput
            label={t("instruments.file")}
            accept="application/json,.json"
            value={file}
            onChange={setFile}
            style={{ flex: "1 1 14rem" }}
            clearable
          />
          <Button onClick={() => void importFile()} disabled={!file} loading={create.isPending}>
            {t("instruments.importButton")}
          </Button>
        </Group>
        {notJson && (
          <Alert color="red" role="alert">
            {t("instruments.notJson")}
          </Alert>
        )}
        <DocumentProblems error={create.error} />
        {create.data && (
          <Alert color="green" role="status">
            {t("instruments.imported", { id: create.data.id, version: create.data.version })}{" "}
            <Link to={`/admin/instruments/${create.data.id}`}>{t("instruments.open")}</Link>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function CopyForm({ instrument }: { instrument: InstrumentSummary }) {
  const { t } = useTranslation();
  const copy = useCopyInstrument();
  const [id, setId] = useState(`${instrument.id}-copy`);
  return (
    <Stack gap="xs">
      <Group align="flex-end" wrap="wrap" gap="xs">
        <TextInput
          label={t("instruments.copyId", { id: instrument.id })}
          value={id}
          onChange={(event) => setId(event.currentTarget.value)}
          style={{ flex: "1 1 12rem" }}
        />
        <Button variant="default" onClick={() => copy.mutate({ from: instrument.id, copy: { id } })} loading={copy.isPending}>
          {t("instruments.copy")}
        </Button>
      </Group>
      <DocumentProblems error={copy.error} />
      {copy.data && (
        <Text fz="sm" role="status">
          {t("instruments.copied", { id: copy.data.id })}
        </Text>
      )}
    </Stack>
  );
}

function InstrumentRow({ instrument }: { instrument: InstrumentSummary }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Paper component="li" withBorder p="md" style={{ listStyle: "none" }}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Link to={`/admin/instruments/${instrument.id}`} style={{ overflowWrap: "anywhere", fontWeight: 600 }}>
            {instrument.title[language]}
          </Link>
          {instrument.builtIn && <Badge variant="light">{t("instruments.builtIn")}</Badge>}
        </Group>
        <Text fz="sm" ff="monospace" style={{ overflowWrap: "anywhere" }}>
          {instrument.id}
        </Text>
        <Text fz="sm">
          {t("instruments.versions", { versions: instrument.versions.join(", "), count: instrument.versions.length })} ·{" "}
          {t("instruments.size", { items: instrument.itemCount, scores: instrument.scoreCount })} ·{" "}
          {t("instruments.rounds", { count: instrument.roundCount })}
        </Text>
        <CopyForm instrument={instrument} />
      </Stack>
    </Paper>
  );
}

/** The survey instruments: the built-in ones and those added, for administrators to import, export, copy and edit. */
export function InstrumentsListPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const instruments = useInstruments(q.trim());
  return (
    <>
      <PageHeader title={t("instruments.title")} description={t("instruments.intro")} />
      <Stack gap="md">
        <ImportPanel />
        <TextInput label={t("instruments.search")} value={q} onChange={(event) => setQ(event.currentTarget.value)} maw={360} />
        <QueryState query={instruments}>
          {(page) =>
            page.data.length === 0 ? (
              <Text>{t("instruments.none")}</Text>
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("instruments.title")}>
                {page.data.map((instrument) => (
                  <InstrumentRow key={instrument.id} instrument={instrument} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
