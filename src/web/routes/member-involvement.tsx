import { SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { DEFAULT_ROUND, type InvolvementRecord, type Perspective } from "../../contracts/involvement.js";
import type { Membership } from "../../contracts/memberships.js";
import type { Partnership } from "../../contracts/partnerships.js";
import { useInvolvement, usePerceptionGaps } from "../api/involvement.js";
import { useMembership } from "../api/memberships.js";
import { usePartnership } from "../api/partnerships.js";
import { useSession } from "../api/session.js";
import { GapSummary } from "../components/involvement/gap-summary.js";
import { PerspectiveForm } from "../components/involvement/perspective-form.js";
import { RoundSelect } from "../components/involvement/round-select.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";

const PERSPECTIVES: readonly Perspective[] = ["lead", "partner"];

function MemberGap({ partnership, membershipId, round }: { partnership: Partnership; membershipId: string; round: string }) {
  const session = useSession();
  const gaps = usePerceptionGaps(partnership.id, round);
  const gap = gaps.data?.data.find((candidate) => candidate.membershipId === membershipId);
  return gap ? <GapSummary gap={gap} lead={partnership.leadOrganization} readerOrganizationId={session.data?.user.organizationId} /> : null;
}

function InvolvementView({ partnership, membership }: { partnership: Partnership; membership: Membership }) {
  const { t } = useTranslation();
  const records = useInvolvement(partnership.id, membership.id);
  const [round, setRound] = useState(DEFAULT_ROUND);
  const canEdit: Record<Perspective, boolean> = {
    lead: membership.abilities.recordLeadView,
    partner: membership.abilities.recordPartnerView,
  };

  return (
    <>
      <PageHeader
        title={t("involvement.title", { name: membership.organization.name })}
        description={t("involvement.intro", { partnership: partnership.name })}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
      />
      <Stack gap="lg">
        <RoundSelect value={round} onChange={setRound} />
        <QueryState query={records}>
          {(page) => {
            const recordOf = (perspective: Perspective): InvolvementRecord | undefined =>
              page.data.find((record) => record.perspective === perspective && record.round === round);
            const hasBoth = PERSPECTIVES.every((perspective) => recordOf(perspective) !== undefined);
            return (
              <Stack gap="lg">
                {hasBoth ? (
                  <MemberGap partnership={partnership} membershipId={membership.id} round={round} />
                ) : (
                  <Text c="dimmed">{t("involvement.gap.needsBoth")}</Text>
                )}
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                  {PERSPECTIVES.map((perspective) => {
                    const record = recordOf(perspective);
                    return (
                      <PerspectiveForm
                        key={`${perspective}-${round}-${record?.updatedAt ?? "new"}`}
                        partnershipId={partnership.id}
                        membershipId={membership.id}
                        perspective={perspective}
                        round={round}
                        record={record}
                        canEdit={canEdit[perspective]}
                      />
                    );
                  })}
                </SimpleGrid>
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}

/** Said in place of the records when the reader may not see how this member rates its involvement. */
function InvolvementWithheld({ partnership, membership }: { partnership: Partnership; membership: Membership }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t("involvement.title", { name: membership.organization.name })}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
      />
      <Text c="dimmed">{t("access.involvementWithheldPage", { name: membership.organization.name })}</Text>
    </>
  );
}

function MemberInvolvement({ partnership, membershipId }: { partnership: Partnership; membershipId: string }) {
  const { t } = useTranslation();
  const member = useMembership(partnership.id, membershipId);
  return (
    <QueryState query={member} notFound={t("involvement.memberNotFound")}>
      {(membership) =>
        membership.abilities.readInvolvement ? (
          <InvolvementView partnership={partnership} membership={membership} />
        ) : (
          <InvolvementWithheld partnership={partnership} membership={membership} />
        )
      }
    </QueryState>
  );
}

export function MemberInvolvementPage() {
  const { t } = useTranslation();
  const { id = "", membershipId = "" } = useParams();
  const partnership = usePartnership(id);
  return (
    <QueryState query={partnership} notFound={t("partnerships.notFound")}>
      {(current) => <MemberInvolvement partnership={current} membershipId={membershipId} />}
    </QueryState>
  );
}
