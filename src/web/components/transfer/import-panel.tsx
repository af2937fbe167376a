import { Alert, Button, FileInput, Group, Select, Stack, Switch, Text } from "@mantine/core";
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { REGISTRY_ENTITIES, registryEntitySchema, type ImportReport, type RegistryEntity } from "../../../contracts/imports.js";
import { useImportUpload, type ImportKind } from "../../api/transfer.js";
import { errorMessage, notifySuccess } from "../notify.js";
import { Section } from "../section.js";
import { UploadIcon } from "../icons.js";
import { ImportReportView } from "./import-report.js";
import { TransferProgressBar } from "./transfer-progress.js";

/** Files a registry import takes in one request: a workbook, or one CSV file per entity. */
const REGISTRY_MAX_FILES = REGISTRY_ENTITIES.length;
const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DETECT = "detect" as const;

type Props = { kind: ImportKind; title: string; intro: string; requirements: ReactNode };

/** Identifies a choice of files (and entity), so that an import follows a clean check of exactly that choice. */
function selectionKey(files: readonly File[], entity: string, noCreate: boolean): string {
  return [entity, String(noCreate), ...files.map((file) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`)].join("\u0001");
}

/** One kind of import: what the file holds, the file picker, a check, then the import itself. */
export function ImportPanel({ kind, title, intro, requirements }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const upload = useImportUpload();
  const [files, setFiles] = useState<File[]>([]);
  const [entity, setEntity] = useState<RegistryEntity | typeof DETECT>(DETECT);
  const [noCreate, setNoCreate] = useState(false);
  const [result, setResult] = useState<{ key: string; report: ImportReport } | null>(null);

  const isRegistry = kind === "registry";
  const key = selectionKey(files, entity, noCreate);
  const tooMany = isRegistry && files.length > REGISTRY_MAX_FILES;
  const asksEntity = isRegistry && files.length === 1 && files[0]?.name.toLowerCase().endsWith(".csv") === true;
  const isChecked = result !== null && result.key === key && result.report.dryRun && result.report.errorCount === 0;
  const canSend = files.length > 0 && !tooMany && !upload.isPending;

  const chooseFiles = (chosen: File | File[] | null) => {
    setFiles(chosen === null ? [] : Array.isArray(chosen) ? chosen : [chosen]);
    setResult(null);
    upload.reset();
  };

  const send = (dryRun: boolean) => {
    const sentKey = key;
    upload.mutate(
      { kind, files, dryRun, noCreate, entity: asksEntity && entity !== DETECT ? entity : undefined },
      {
        onSuccess: (report) => {
          setResult({ key: sentKey, report });
          if (!dryRun && report.errorCount === 0) {
            notifySuccess(t(report.written ? "transfer.import.importedMessage" : "transfer.import.unchangedMessage"));
          }
        },
      },
    );
  };

  const fileLabel = t(isRegistry ? "transfer.import.files" : "transfer.import.file");
  const workingLabel = t(upload.variables?.dryRun === false ? "transfer.progress.importing" : "transfer.progress.checking");
  return (
    <Section title={title}>
      <Stack gap="lg">
        <Text maw={760}>{intro}</Text>
        {requirements}
        <Stack gap="sm">
          <FileInput
            label={fileLabel}
            description={t(isRegistry ? "transfer.import.filesDescription" : "transfer.import.fileDescription")}
            placeholder={t(isRegistry ? "transfer.import.chooseFiles" : "transfer.import.chooseFile")}
            accept={ACCEPT}
            multiple={isRegistry}
            clearable
            leftSection={<UploadIcon size={16} />}
            value={isRegistry ? files : (files[0] ?? null)}
            onChange={chooseFiles}
            error={tooMany ? t("transfer.import.tooManyFiles", { max: REGISTRY_MAX_FILES }) : undefined}
            disabled={upload.isPending}
            maw={560}
            styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
          />
          {asksEntity && (
            <Select
              label={t("transfer.import.entity")}
              description={t("transfer.import.entityDescription")}
              data={[
                { value: DETECT, label: t("transfer.import.detect") },
                ...REGISTRY_ENTITIES.map((value) => ({ value, label: t(`transfer.entities.${value}`) })),
              ]}
              value={entity}
              onChange={(value) => {
                const parsed = registryEntitySchema.safeParse(value);
                setEntity(parsed.success ? parsed.data : DETECT);
              }}
              allowDeselect={false}
              disabled={upload.isPending}
              maw={560}
            />
          )}
          <Switch
            label={t("registry.noCreate")}
            description={t("registry.noCreateDescription")}
            checked={noCreate}
            onChange={(event) => setNoCreate(event.currentTarget.checked)}
            disabled={upload.isPending}
            maw={560}
          />
          <Group gap="sm" mt="xs">
            <Button variant={isChecked ? "default" : "filled"} disabled={!canSend} onClick={() => send(true)}>
              {t(files.length > 1 ? "transfer.import.checkMany" : "transfer.import.check")}
            </Button>
            <Button
              variant={isChecked ? "filled" : "default"}
              disabled={!canSend || !isChecked}
              aria-describedby={isChecked ? undefined : hintId}
              onClick={() => send(false)}
            >
              {t("transfer.import.submit")}
            </Button>
          </Group>
          {!isChecked && (
            <Text id={hintId} fz="sm" c="dimmed">
              {t("transfer.import.checkFirst")}
            </Text>
          )}
        </Stack>
        {upload.progress && <TransferProgressBar progress={upload.progress} workingLabel={workingLabel} />}
        {upload.isError && (
          <Alert color="red" title={t(upload.variables?.dryRun === false ? "transfer.import.importFailed" : "transfer.import.checkFailed")}>
            {errorMessage(upload.error, t)}
          </Alert>
        )}
        {result && result.key === key && <ImportReportView report={result.report} />}
      </Stack>
    </Section>
  );
}
