import { Alert, Button, Group, Radio, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REGISTRY_ENTITIES, registryEntitySchema, type RegistryEntity, type RegistryExportQuery } from "../../../contracts/imports.js";
import { useRegistryExport } from "../../api/transfer.js";
import { DownloadIcon } from "../icons.js";
import { errorMessage, notifySuccess } from "../notify.js";
import { Section } from "../section.js";
import { saveFile } from "./save-file.js";
import { TransferProgressBar } from "./transfer-progress.js";

type Format = RegistryExportQuery["format"];

function isFormat(value: string): value is Format {
  return value === "xlsx" || value === "csv";
}

/** The registry as a workbook of four sheets or one entity as CSV, in the columns the import reads. */
export function ExportPanel() {
  const { t } = useTranslation();
  const download = useRegistryExport();
  const [format, setFormat] = useState<Format>("xlsx");
  const [entity, setEntity] = useState<RegistryEntity>("organizations");

  // Until the first byte arrives the server is still writing the file.
  const progress = download.progress ?? (download.isPending ? ({ phase: "working" } as const) : null);

  const start = () => {
    const query: RegistryExportQuery = format === "csv" ? { format, entity } : { format };
    download.mutate(query, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename);
        notifySuccess(t("transfer.export.done", { filename }));
      },
    });
  };

  return (
    <Section title={t("transfer.export.title")}>
      <Stack gap="md">
        <Text maw={760}>{t("transfer.export.intro")}</Text>
        <Radio.Group
          label={t("transfer.export.format")}
          value={format}
          onChange={(value) => {
            if (isFormat(value)) setFormat(value);
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="xlsx" label={t("transfer.export.xlsx")} description={t("transfer.export.xlsxDescription")} />
            <Radio value="csv" label={t("transfer.export.csv")} description={t("transfer.export.csvDescription")} />
          </Stack>
        </Radio.Group>
        {format === "csv" && (
          <Select
            label={t("transfer.export.entity")}
            data={REGISTRY_ENTITIES.map((value) => ({ value, label: t(`transfer.entities.${value}`) }))}
            value={entity}
            onChange={(value) => {
              const parsed = registryEntitySchema.safeParse(value);
              if (parsed.success) setEntity(parsed.data);
            }}
            allowDeselect={false}
            maw={360}
          />
        )}
        <Group>
          <Button leftSection={<DownloadIcon />} loading={download.isPending} onClick={start}>
            {t("transfer.export.download")}
          </Button>
        </Group>
        {progress && <TransferProgressBar progress={progress} workingLabel={t("transfer.progress.preparing")} />}
        {download.isError && (
          <Alert color="red" title={t("transfer.export.failed")}>
            {errorMessage(download.error, t)}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
