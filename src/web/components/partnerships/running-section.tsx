import { Anchor, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Partnership } from "../../../contracts/partnerships.js";
import { CommunicationQuickEntry } from "../running/communication-quick-entry.js";
import { NextMeeting } from "../running/next-meeting.js";
import { Section } from "../section.js";

const PAGES = ["charter", "plan", "commitments", "accountability", "meetings", "communications", "surveys"] as const;

/** Where a partnership is run from: its charter, plan, ledger, accountability, meetings, contacts and surveys. */
export function RunningSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  return (
    <Section title={t("running.title")}>
      <Text c="dimmed" mb="md">
        {t("running.intro")}
      </Text>
      <NextMeeting partnership={partnership} />
      <CommunicationQuickEntry partnership={partnership} />
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" mt="md" component="ul" style={{ listStyle: "none", padding: 0 }}>
        {PAGES.map((page) => (
          <li key={page}>
            <Anchor component={Link} to={`/partnerships/${partnership.id}/${page}`}>
              {t(`running.${page}`)}
            </Anchor>
          </li>
        ))}
      </SimpleGrid>
    </Section>
  );
}
