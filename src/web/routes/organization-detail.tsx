import { Badge, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Organization } from "../../contracts/organizations.js";
import { useDeleteOrganization, useOrganization } from "../api/organizations.js";
import { ContactsSection } from "../components/organizations/contacts-section.js";
import { OrganizationDetails } from "../components/organizations/organization-details.js";
import { OrganizationPartnerships } from "../components/organizations/organization-partnerships.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { RecordActions } from "../components/record-actions.js";
import { useVocabulary } from "../i18n/vocabulary.js";

function OrganizationView({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const remove = useDeleteOrganization(organization.id);

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
          (organization.abilities.update || organization.abilities.delete) && (
            <RecordActions
              abilities={organization.abilities}
              editTo={`/organizations/${organization.id}/edit`}
              listTo="/organizations"
              remove={remove}
              texts={{
                title: t("organizations.deleteTitle"),
                message: t("organizations.deleteConfirm", { name: organization.name }),
                refused: t("organizations.deleteRefused"),
                deleted: t("organizations.deletedMessage"),
              }}
            />
          )
        }
      />
      <Stack gap="lg">
        <OrganizationDetails organization={organization} />
        <OrganizationPartnerships organization={organization} />
        <ContactsSection organization={organization} />
      </Stack>
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
