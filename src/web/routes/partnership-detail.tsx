import { Button, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Partnership } from "../../contracts/partnerships.js";
import { useDeletePartnership, usePartnership } from "../api/partnerships.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { errorMessage, notifySuccess } from "../components/notify.js";
import { PageHeader } from "../components/page-header.js";
import { MembersSection } from "../components/partnerships/members-section.js";
import { PartnershipDetails } from "../components/partnerships/partnership-details.js";
import { PerceptionGapsSection } from "../components/partnerships/perception-gaps-section.js";
import { QueryState } from "../components/query-state.js";
import { StatusBadge } from "../components/status-badge.js";

function PartnershipView({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeletePartnership(partnership.id);
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    remove.reset();
  };

  return (
    <>
      <PageHeader
        title={partnership.name}
        description={t("partnerships.ledBy", { name: partnership.leadOrganization.name })}
        back={{ to: "/partnerships", label: t("partnerships.title") }}
        badges={<StatusBadge status={partnership.status} />}
        actions={
          partnership.canEdit && (
            <>
              <Button component={Link} to={`/partnerships/${partnership.id}/edit`} variant="default">
                {t("common.edit")}
              </Button>
              <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                {t("common.delete")}
              </Button>
            </>
          )
        }
      />
      <Stack gap="lg">
        <PartnershipDetails partnership={partnership} />
        <MembersSection partnership={partnership} />
        <PerceptionGapsSection partnership={partnership} />
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t("partnerships.deleteTitle")}
        message={t("partnerships.deleteConfirm", { name: partnership.name })}
        confirmLabel={t("common.delete")}
        isPending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error, t) : null}
        errorTitle={t("partnerships.deleteRefused")}
        onClose={close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t("partnerships.deletedMessage"));
              void navigate("/partnerships", { replace: true });
            },
          })
        }
      />
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
