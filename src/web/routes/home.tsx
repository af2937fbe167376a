import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOrganizations } from "../api/organizations.js";
import { usePartnerships } from "../api/partnerships.js";
import { useSession } from "../api/session.js";
import { AttentionList } from "../components/attention-list.js";
import { PageHeader } from "../components/page-header.js";
import { PartnershipCard } from "../components/partnership-card.js";
import { QueryState } from "../components/query-state.js";
import { useFormat } from "../i18n/format.js";

function Stat({ label, value }: { label: string; value: number | undefined }) {
  const format = useFormat();
  return (
    <Paper p="md">
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c="harbour.9">
        {value === undefined ? "…" : format.number(value)}
      </Text>
    </Paper>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useSession().data?.user;
  const partnerships = usePartnerships({ sort: "name", pageSize: 12 });
  const active = usePartnerships({ status: "active", pageSize: 1 });
  const organizations = useOrganizations({ pageSize: 1 });

  return (
    <>
      <PageHeader title={t("home.title", { name: user?.name ?? "" })} description={t("home.intro")} />
      <Stack gap="xl">
        <section aria-labelledby="stats-heading">
          <Title order={2} id="stats-heading" mb="sm">
            {t("home.stats")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Stat label={t("home.statPartnerships")} value={partnerships.data?.pagination.total} />
            <Stat label={t("home.statActive")} value={active.data?.pagination.total} />
            <Stat label={t("home.statOrganizations")} value={organizations.data?.pagination.total} />
          </SimpleGrid>
        </section>
        <section aria-labelledby="attention-heading">
          <Title order={2} id="attention-heading">
            {t("attention.title")}
          </Title>
          <Text fz="sm" c="dimmed" mb="sm">
            {t("attention.intro")}
          </Text>
          <AttentionList />
        </section>
        <section aria-labelledby="partnerships-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} id="partnerships-heading">
              {t("home.yourPartnerships")}
            </Title>
            <Anchor component={Link} to="/partnerships" fz="sm" fw={500}>
              {t("home.viewAll")}
            </Anchor>
          </Group>
          <QueryState query={partnerships}>
            {(page) =>
              page.data.length === 0 ? (
                <Paper p="xl">
                  <Text c="dimmed">{t("home.empty")}</Text>
                </Paper>
              ) : (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                    {page.data.map((partnership) => (
                      <PartnershipCard key={partnership.id} partnership={partnership} />
                    ))}
                  </SimpleGrid>
                  {page.pagination.total > page.data.length && (
                    <Text fz="sm" mt="sm">
                      {t("attention.showing", { shown: format.number(page.data.length), total: format.number(page.pagination.total) })}{" "}
                      <Anchor component={Link} to="/partnerships" fw={500} inherit>
                        {t("home.viewAll")}
                      </Anchor>
                    </Text>
                  )}
                </>
              )
            }
          </QueryState>
        </section>
      </Stack>
    </>
  );
}
