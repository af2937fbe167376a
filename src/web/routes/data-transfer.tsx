import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { canTransferData, useAbilities } from "../api/session.js";
import { PageHeader } from "../components/page-header.js";
import { ExportPanel } from "../components/transfer/export-panel.js";
import { InvolvementRequirements, RegistryRequirements } from "../components/transfer/file-requirements.js";
import { ImportPanel } from "../components/transfer/import-panel.js";

/** Imports of involvement answers and of the registry, and the registry's export, as the user's role allows. */
export function DataTransferPage() {
  const { t } = useTranslation();
  const abilities = useAbilities();
  return (
    <>
      <PageHeader title={t("transfer.title")} description={t("transfer.intro")} />
      {canTransferData(abilities) ? (
        <Stack gap="xl">
          <ImportPanel
            kind="involvement"
            title={t("transfer.involvement.title")}
            intro={t("transfer.involvement.intro")}
            requirements={<InvolvementRequirements />}
          />
          {abilities.importRegistry && (
            <ImportPanel
              kind="registry"
              title={t("transfer.registry.title")}
              intro={t("transfer.registry.intro")}
              requirements={<RegistryRequirements />}
            />
          )}
          {abilities.exportRegistry && <ExportPanel />}
        </Stack>
      ) : (
        <Text role="alert">{t("transfer.notAllowed")}</Text>
      )}
    </>
  );
}
