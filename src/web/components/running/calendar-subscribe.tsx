import { Button, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMakeCalendarFeed } from "../../api/calendar-feeds.js";
import { notifyError } from "../notify.js";
import { CalendarAddress } from "./calendar-address.js";

/**
 * "Subscribe in a calendar" for one partnership's meetings: makes the reader's feed of it (replacing
 * the one before) and shows its address to copy.
 */
export function CalendarSubscribe({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const make = useMakeCalendarFeed(partnershipId);
  return (
    <Stack gap="sm">
      <Button
        variant="default"
        loading={make.isPending}
        onClick={() => make.mutate(undefined, { onError: (error) => notifyError(error, t("calendars.failed"), t) })}
      >
        {t("calendars.subscribe")}
      </Button>
      {make.data && <CalendarAddress url={make.data.url} />}
    </Stack>
  );
}
