import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Meeting } from "../../../../contracts/meetings.js";
import { useMeetings } from "../../../api/meetings.js";
import { PaginationBar } from "../../pagination-bar.js";
import { QueryState } from "../../query-state.js";
import { Section } from "../../section.js";
import { useMeetingTime } from "./meeting-time.js";

export function MeetingItem({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const time = useMeetingTime();
  return (
    <Stack gap={2} component="li">
      <Group gap="xs" wrap="wrap">
        <Anchor
          component={Link}
          to={`/partnerships/${meeting.partnershipId}/meetings/${meeting.id}`}
          fw={600}
          style={{ overflowWrap: "anywhere" }}
        >
          {meeting.title}
        </Anchor>
        {meeting.status === "cancelled" && (
          <Badge color="gray" variant="outline" radius="sm" tt="none">
            {t("meetings.cancelledBadge")}
          </Badge>
        )}
      </Group>
      <Text size="sm">{time.range(meeting.startsAt, meeting.endsAt)}</Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
        {meeting.location}
      </Text>
    </Stack>
  );
}

/** Upcoming or past meetings of a partnership, a page at a time. */
export function MeetingList({ partnershipId, when }: { partnershipId: string; when: "upcoming" | "past" }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const meetings = useMeetings(partnershipId, when, page, 10);
  return (
    <Section title={t(when === "upcoming" ? "meetings.upcoming" : "meetings.past")}>
      <QueryState query={meetings}>
        {(current) =>
          current.data.length === 0 ? (
            <Text c="dimmed">{t(when === "upcoming" ? "meetings.noUpcoming" : "meetings.noPast")}</Text>
          ) : (
            <>
              <Stack component="ul" gap="md" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {current.data.map((meeting) => (
                  <MeetingItem key={meeting.id} meeting={meeting} />
                ))}
              </Stack>
              <PaginationBar pagination={current.pagination} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
