import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Partnership } from "../../contracts/partnerships.js";
import { useDeletePartnership, usePartnership } from "../api/partnerships.js";
import { HistorySection } from "../components/audit/history-section.js";
import { CoverageSection } from "../components/coverage/coverage-section.js";
import { PageHeader } from "../components/page-header.js";
import { MembersSection } from "../components/partnerships/members-section.js";
import { PartnershipDetails } from "../components/partnerships/partnership-details.js";
import { PerceptionGapsSection } from "../components/partnerships/perception-gaps-section.js";
import { RunningSection } from "../components/partnerships/running-section.js";
import { QueryState } from "../components/query-state.js";
import { RecordActions } from "../components/record-actions.js";
import { StatusBadge } from "../components/status-badge.js";

function PartnershipView({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const remove = useDeletePartnership(partnership.id);

  return (
    <>
      <PageHeader
        title={partnership.name}
        description={t("partnerships.ledBy", { name: partnership.leadOrganization.name })}
        back={{ to: "/partnerships", label: t("partnerships.title") }}
        badges={<StatusBadge status={partnership.status} />}
        actions={
          (partnership.abilities.update || partnership.abilities.delete) && (
            <RecordActions
              abilities={partnership.abilities}
              editTo={`/partnerships/${partnership.id}/edit`}
              listTo="/partnerships"
              remove={remove}
              texts={{
                title: t("partnerships.deleteTitle"),
                message: t("partnerships.deleteConfirm", { name: partnership.name }),
                refused: t("partnerships.deleteRefused"),
                deleted: t("partnerships.deletedMessage"),
              }}
            />
          )
        }
      />
      <Stack gap="lg">
        <PartnershipDetails partnership={partnership} />
        <RunningSection partnership={partnership} />
        <MembersSection partnership={partnership} />
        <CoverageSection partnership={partnership} />
        <PerceptionGapsSection partnership={partnership} />
        <HistorySection partnershipId={partnership.id} />
      </Stack>
    </>
  );
}

export function PartnershipDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  return (
    <QueryState query={partnership} notFound={t("partnerships.notFound")}>
      {(current) => <PartnershipView partnership={current} />}
    </QueryState>
  );
}
