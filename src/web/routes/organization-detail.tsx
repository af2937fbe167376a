import { Badge, Button, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Organization } from "../../contracts/organizations.js";
import { useDeleteOrganization, useOrganization } from "../api/organizations.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { errorMessage, notifySuccess } from "../components/notify.js";
import { ContactsSection } from "../components/organizations/contacts-section.js";
import { OrganizationDetails } from "../components/organizations/organization-details.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { useVocabulary } from "../i18n/vocabulary.js";

function OrganizationView({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const navigate = useNavigate();
  const remove = useDeleteOrganization(organization.id);
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    remove.reset();
  };

  return (
    <>
      <PageHeader
        title={organization.name}
        back={{ to: "/organizations", label: t("organizations.title") }}
        badges={
          <Badge variant="light" radius="sm" tt="none">
            {vocabulary.label("sector", organization.sector)}
          </Badge>
        }
        actions={
          organization.canEdit && (
            <>
              <Button component={Link} to={`/organizations/${organization.id}/edit`} variant="default">
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
        <OrganizationDetails organization={organization} />
        <ContactsSection organization={organization} />
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t("organizations.deleteTitle")}
        message={t("organizations.deleteConfirm", { name: organization.name })}
        confirmLabel={t("common.delete")}
        isPending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error, t) : null}
        errorTitle={t("organizations.deleteRefused")}
        onClose={close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t("organizations.deletedMessage"));
              void navigate("/organizations", { replace: true });
            },
          })
        }
      />
    </>
  );
}

export function OrganizationDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const organization = useOrganization(id);
  return (
    <QueryState query={organization} notFound={t("organizations.notFound")}>
      {(current) => <OrganizationView organization={current} />}
    </QueryState>
  );
}
