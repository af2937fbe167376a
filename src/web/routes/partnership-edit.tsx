import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useCreatePartnership, usePartnership, useUpdatePartnership } from "../api/partnerships.js";
import { notifySuccess } from "../components/notify.js";
import { PageHeader } from "../components/page-header.js";
import { PartnershipForm } from "../components/partnerships/partnership-form.js";
import { QueryState } from "../components/query-state.js";

export function PartnershipNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePartnership();
  return (
    <>
      <PageHeader title={t("partnerships.new")} back={{ to: "/partnerships", label: t("partnerships.title") }} />
      <PartnershipForm
        submitLabel={t("common.create")}
        onCancel={() => void navigate("/partnerships")}
        onSubmit={async (body) => {
          const partnership = await create.mutateAsync(body);
          notifySuccess(t("partnerships.created"));
          await navigate(`/partnerships/${partnership.id}`);
        }}
      />
    </>
  );
}

export function PartnershipEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  const update = useUpdatePartnership(id);
  const back = `/partnerships/${id}`;
  return (
    <QueryState query={partnership} notFound={t("partnerships.notFound")}>
      {(current) => (
        <>
          <PageHeader title={t("partnerships.editTitle", { name: current.name })} back={{ to: back, label: current.name }} />
          <PartnershipForm
            partnership={current}
            submitLabel={t("common.saveChanges")}
            onCancel={() => void navigate(back)}
            onSubmit={async (body) => {
              await update.mutateAsync(body);
              notifySuccess(t("partnerships.updatedMessage"));
              await navigate(back);
            }}
          />
        </>
      )}
    </QueryState>
  );
}
