import { Alert, Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Partnership } from "../../../contracts/partnerships.js";
import { useMeetings } from "../../api/meetings.js";
import { useMeetingTime } from "./meetings/meeting-time.js";

/** When the partnership meets next, and whether it has kept its cadence: one request for a single meeting. */
export function NextMeeting({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const time = useMeetingTime();
  const overview = useMeetings(partnership.id, "upcoming", 1, 1);
  // Quiet while loading or if the meetings cannot be read: the rest of the page does not depend on it.
  if (!overview.data) return null;
  const { nextMeeting, cadenceKept, cadenceProblem, nextDueBy } = overview.data;
  return (
    <Stack gap="xs" mb="sm">
      <div>
        <Text fw={600} component="p" m={0}>
          {t("meetings.next.label")}
        </Text>
        {nextMeeting ? (
          <Text component="p" m={0}>
            <Anchor component={Link} to={`/partnerships/${partnership.id}/meetings/${nextMeeting.id}`} underline="always">
              {nextMeeting.title}
            </Anchor>
            {" — "}
            {time.range(nextMeeting.startsAt, nextMeeting.endsAt)}
          </Text>
        ) : (
          <Text component="p" m={0} c="dimmed">
            {t("meetings.next.none")}
          </Text>
        )}
      </div>
      {cadenceKept === false && cadenceProblem && nextDueBy && (
        <Alert color="orange" variant="light" role="status">
          {t(`meetings.next.${cadenceProblem}`, { date: time.moment(nextDueBy) })}
        </Alert>
      )}
    </Stack>
  );
}
