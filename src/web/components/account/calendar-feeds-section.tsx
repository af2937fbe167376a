import { Button, Group, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCalendarFeeds, useMakeCalendarFeed, useRevokeCalendarFeed } from "../../api/calendar-feeds.js";
import { useFormat } from "../../i18n/format.js";
import { notifyError, notifySuccess } from "../notify.js";
import { QueryState } from "../query-state.js";
import { CalendarAddress } from "../running/calendar-address.js";
import { Section } from "../section.js";

/** The user's calendar feeds: one across all their partnerships, and any per partnership; made and revoked here. */
export function CalendarFeedsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const feeds = useCalendarFeeds();
  const make = useMakeCalendarFeed(null);
  const revoke = useRevokeCalendarFeed();
  const hasAll = feeds.data?.data.some((feed) => feed.partnership === null) ?? false;

  return (
    <Section title={t("calendars.title")}>
      <Stack gap="md">
        <Text>{t("calendars.intro")}</Text>
        <Group>
          <Button
            loading={make.isPending}
            onClick={() => make.mutate(undefined, { onError: (error) => notifyError(error, t("calendars.failed"), t) })}
          >
            {hasAll ? t("calendars.remakeAll") : t("calendars.makeAll")}
          </Button>
        </Group>
        {make.data && <CalendarAddress url={make.data.url} />}
        <QueryState query={feeds}>
          {(page) =>
            page.data.length === 0 ? (
              <Text c="dimmed">{t("calendars.none")}</Text>
            ) : (
              <List spacing="sm" listStyleType="none" p={0}>
                {page.data.map((feed) => {
                  const name = feed.partnership?.name ?? t("calendars.allPartnerships");
                  return (
                    <List.Item key={feed.id}>
                      <Group justify="space-between" gap="sm" wrap="wrap">
                        <div>
                          <Text fw={600}>{name}</Text>
                          <Text fz="sm" c="dimmed">
                            {t("calendars.created", { date: format.date(feed.createdAt.slice(0, 10)) })} ·{" "}
                            {feed.lastUsedAt
                              ? t("calendars.lastUsed", { date: format.date(feed.lastUsedAt.slice(0, 10)) })
                              : t("calendars.neverUsed")}
                          </Text>
                        </div>
                        {feed.abilities.delete && (
                          <Button
                            variant="subtle"
                            color="red"
                            aria-label={t("calendars.revokeLabel", { name })}
                            loading={revoke.isPending && revoke.variables === feed.id}
                            onClick={() =>
                              revoke.mutate(feed.id, {
                                onSuccess: () => notifySuccess(t("calendars.revoked")),
                                onError: (error) => notifyError(error, t("calendars.revoke"), t),
                              })
                            }
                          >
                            {t("calendars.revoke")}
                          </Button>
                        )}
                      </Group>
                    </List.Item>
                  );
                })}
              </List>
            )
          }
        </QueryState>
      </Stack>
    </Section>
  );
}
