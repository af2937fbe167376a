import { Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { isoDateSchema } from "../../contracts/common.js";
import type { Partnership } from "../../contracts/partnerships.js";
import { usePartnershipAccountability } from "../api/accountability.js";
import { usePartnership } from "../api/partnerships.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { AxisPanel } from "../components/running/accountability/axis-panel.js";
import { KeptRate, MemberRecord } from "../components/running/accountability/member-record.js";
import { OverdueList } from "../components/running/accountability/overdue-list.js";
import { Section } from "../components/section.js";
import { useSearchState } from "../components/use-search-state.js";
import { useFormat } from "../i18n/format.js";

function Accountability({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const search = useSearchState<"asOf">();
  const typed = search.get("asOf");
  const asOf = isoDateSchema.safeParse(typed).success ? typed : undefined;
  const accountability = usePartnershipAccountability(partnership.id, asOf);
  return (
    <>
      <PageHeader
        title={t("accountability.title", { name: partnership.name })}
        description={t("accountability.intro")}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
        actions={
          <TextInput
            type="date"
            label={t("accountability.asOf")}
            description={t("accountability.asOfHint")}
            value={typed}
            onChange={(event) => search.update({ asOf: event.currentTarget.value })}
            w={200}
          />
        }
      />
      <QueryState query={accountability}>
        {(data) => (
          <Stack gap="xl">
            <Section title={t("accountability.overdue.title")}>
              <OverdueList overdue={data.overdue} asOf={data.asOf} />
            </Section>
            <Section title={t("accountability.total.title", { date: format.date(data.asOf) })}>
              <Group gap="xl" align="flex-start" wrap="wrap">
                <KeptRate figures={data.total} />
                <Text maw={560}>
                  {t("accountability.total.summary", {
                    pledged: format.number(data.total.pledged),
                    onTime: format.number(data.total.onTime),
                    late: format.number(data.total.late),
                    open: format.number(data.total.open),
                    overdue: format.number(data.total.overdue),
                    dueSoon: format.number(data.total.dueSoon),
                  })}
                </Text>
              </Group>
            </Section>
            <Section title={t("accountability.members.title")}>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {data.members.map((member) => (
                  <MemberRecord key={member.organization.id} member={member} />
                ))}
              </SimpleGrid>
            </Section>
            <Section title={t("accountability.axis.title")}>
              <AxisPanel axis={data.axis} />
            </Section>
          </Stack>
        )}
      </QueryState>
    </>
  );
}

export function PartnershipAccountabilityPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  return (
    <QueryState query={partnership} notFound={t("partnerships.notFound")}>
      {(current) => <Accountability partnership={current} />}
    </QueryState>
  );
}
