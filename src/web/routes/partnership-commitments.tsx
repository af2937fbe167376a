// The commitment ledger of a partnership: what each member pledged, filtered by member, status and
// stage of the axis, overdue ones marked; pledging and moving as the reader's abilities allow.
import { Button, Checkbox, Modal, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Partnership } from "../../contracts/partnerships.js";
import { AXIS_STAGES, COMMITMENT_STATUSES } from "../../domain/commitments/statuses.js";
import { useCommitments, type LedgerFilters } from "../api/ledger.js";
import { useMemberships } from "../api/memberships.js";
import { usePartnership } from "../api/partnerships.js";
import { notifySuccess } from "../components/notify.js";
import { PageHeader } from "../components/page-header.js";
import { PaginationBar } from "../components/pagination-bar.js";
import { QueryState } from "../components/query-state.js";
import { CommitmentCard } from "../components/running/ledger/commitment-card.js";
import { PledgeForm } from "../components/running/ledger/pledge-form.js";

function Ledger({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const members = useMemberships(partnership.id);
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [page, setPage] = useState(1);
  const [pledging, setPledging] = useState(false);
  const commitments = useCommitments(partnership.id, filters, page);
  const memberList = members.data?.data ?? [];
  const pledgeable = memberList.filter((member) => member.abilities.pledge).map((member) => member.organization);
  const change = (patch: LedgerFilters) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t("ledger.title")}
        description={t("ledger.intro", { partnership: partnership.name })}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
        actions={pledgeable.length > 0 ? <Button onClick={() => setPledging(true)}>{t("ledger.pledge.open")}</Button> : undefined}
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" role="search" aria-label={t("ledger.filters.label")}>
          <Select
            label={t("ledger.filters.member")}
            placeholder={t("ledger.filters.all")}
            clearable
            data={memberList.map((member) => ({ value: member.organization.id, label: member.organization.name }))}
            value={filters.organizationId ?? null}
            onChange={(value) => change({ organizationId: value })}
          />
          <Select
            label={t("ledger.filters.status")}
            placeholder={t("ledger.filters.all")}
            clearable
            data={COMMITMENT_STATUSES.map((status) => ({ value: status, label: t(`ledger.status.${status}`) }))}
            value={filters.status ?? null}
            onChange={(value) => change({ status: value })}
          />
          <Select
            label={t("ledger.filters.axis")}
            placeholder={t("ledger.filters.all")}
            clearable
            data={AXIS_STAGES.map((stage) => ({ value: stage, label: t(`ledger.axis.${stage}`) }))}
            value={filters.axis ?? null}
            onChange={(value) => change({ axis: value })}
          />
          <Checkbox
            mt={{ base: 0, md: 30 }}
            label={t("ledger.filters.overdue")}
            checked={filters.overdue === true}
            onChange={(event) => change({ overdue: event.currentTarget.checked })}
          />
        </SimpleGrid>
        <QueryState query={commitments}>
          {(result) =>
            result.data.length === 0 ? (
              <Text c="dimmed">{t("ledger.empty")}</Text>
            ) : (
              <Stack gap="sm">
                {result.data.map((commitment) => (
                  <CommitmentCard key={`${commitment.id}-${commitment.version}`} commitment={commitment} />
                ))}
                <PaginationBar pagination={result.pagination} onChange={setPage} />
              </Stack>
            )
          }
        </QueryState>
      </Stack>
      <Modal opened={pledging} onClose={() => setPledging(false)} title={t("ledger.pledge.title")}>
        {pledging && (
          <PledgeForm
            partnershipId={partnership.id}
            members={pledgeable}
            onPledged={() => {
              notifySuccess(t("ledger.pledge.done"));
              setPledging(false);
            }}
            onCancel={() => setPledging(false)}
          />
        )}
      </Modal>
    </>
  );
}

export function PartnershipCommitmentsPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  return (
    <QueryState query={partnership} notFound={t("partnerships.notFound")}>
      {(current) => <Ledger partnership={current} />}
    </QueryState>
  );
}
