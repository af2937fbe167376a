import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useCreateOrganization, useOrganization, useUpdateOrganization } from "../api/organizations.js";
import { notifySuccess } from "../components/notify.js";
import { OrganizationForm } from "../components/organizations/organization-form.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";

export function OrganizationNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  return (
    <>
      <PageHeader title={t("organizations.new")} back={{ to: "/organizations", label: t("organizations.title") }} />
      <OrganizationForm
        submitLabel={t("common.create")}
        onCancel={() => void navigate("/organizations")}
        onSubmit={async (body) => {
          const organization = await create.mutateAsync(body);
          notifySuccess(t("organizations.created"));
          await navigate(`/organizations/${organization.id}`);
        }}
      />
    </>
  );
}

export function OrganizationEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const organization = useOrganization(id);
  const update = useUpdateOrganization(id);
  const back = `/organizations/${id}`;
  return (
    <QueryState query={organization} notFound={t("organizations.notFound")}>
      {(current) => (
        <>
          <PageHeader title={t("organizations.editTitle", { name: current.name })} back={{ to: back, label: current.name }} />
          <OrganizationForm
            organization={current}
            submitLabel={t("common.saveChanges")}
            onCancel={() => void navigate(back)}
            onSubmit={async (body) => {
              await update.mutateAsync(body);
              notifySuccess(t("organizations.updatedMessage"));
              await navigate(back);
            }}
          />
        </>
      )}
    </QueryState>
  );
}
