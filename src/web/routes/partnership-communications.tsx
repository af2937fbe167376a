import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Partnership } from "../../contracts/partnerships.js";
import { usePartnership } from "../api/partnerships.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { CommunicationForm } from "../components/running/communications/communication-form.js";
import { CommunicationsLog } from "../components/running/communications/communications-log.js";
import { Section } from "../components/section.js";

function CommunicationsView({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t("communications.title")}
        description={t("communications.intro", { partnership: partnership.name })}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
      />
      <Stack gap="lg">
        {partnership.abilities.logContacts && (
          <Section title={t("communications.form.title")}>
            <CommunicationForm partnership={partnership} />
          </Section>
        )}
        <Section title={t("communications.logTitle")}>
          <CommunicationsLog partnership={partnership} />
        </Section>
      </Stack>
    </>
  );
}

export function PartnershipCommunicationsPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  return (
    <QueryState query={partnership} notFound={t("partnerships.notFound")}>
      {(current) => <CommunicationsView partnership={current} />}
    </QueryState>
  );
}
