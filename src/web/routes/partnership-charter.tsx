import { Anchor, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Charter } from "../../contracts/charter.js";
import type { Partnership } from "../../contracts/partnerships.js";
import { charterPdfUrl, useCharter } from "../api/charter.js";
import { usePartnership } from "../api/partnerships.js";
import { useFormat } from "../i18n/format.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { CharterForm } from "../components/running/charter/charter-form.js";
import { CharterView } from "../components/running/charter/charter-view.js";
import { RevisionHistory } from "../components/running/charter/revision-history.js";
import { RolesTable } from "../components/running/charter/roles-table.js";

function CharterContent({ partnership, charter }: { partnership: Partnership; charter: Charter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const isEditing = charter.abilities.edit && (editing || charter.version === 0);
  const saved =
    charter.version > 0 && charter.updatedAt
      ? charter.updatedBy
        ? t("charter.version", { version: charter.version, date: format.timestamp(charter.updatedAt), name: charter.updatedBy.name })
        : t("charter.versionNoName", { version: charter.version, date: format.timestamp(charter.updatedAt) })
      : null;
  return (
    <>
      <PageHeader
        title={t("charter.title")}
        description={t("charter.intro", { partnership: partnership.name })}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
        actions={
          <>
            {charter.version > 0 && (
              <Anchor href={charterPdfUrl(partnership.id, format.language)} download>
                {t("charter.downloadPdf")}
              </Anchor>
            )}
            {charter.abilities.edit && !isEditing && <Button onClick={() => setEditing(true)}>{t("charter.edit")}</Button>}
          </>
        }
      />
      <Stack gap="lg">
        {saved && <Text c="dimmed">{saved}</Text>}
        {charter.version === 0 && <Text>{charter.abilities.edit ? t("charter.notWrittenEditor") : t("charter.notWritten")}</Text>}
        {isEditing ? (
          <CharterForm key={charter.version} charter={charter} onDone={() => setEditing(false)} />
        ) : (
          charter.version > 0 && <CharterView charter={charter} />
        )}
        <RolesTable charter={charter} />
        {charter.version > 0 && <RevisionHistory partnershipId={partnership.id} />}
      </Stack>
    </>
  );
}

function PartnershipCharter({ partnership }: { partnership: Partnership }) {
  const charter = useCharter(partnership.id);
  return <QueryState query={charter}>{(current) => <CharterContent partnership={partnership} charter={current} />}</QueryState>;
}

export function PartnershipCharterPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  return (
    <QueryState query={partnership} notFound={t("charter.notFound")}>
      {(current) => <PartnershipCharter partnership={current} />}
    </QueryState>
  );
}
