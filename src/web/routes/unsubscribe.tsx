import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { Unsubscribed } from "../../contracts/reminders.js";
import { isApiError } from "../api/client.js";
import { useUnsubscribe } from "../api/reminders.js";
import { errorMessage } from "../components/notify.js";
import { InvalidLink, LinkPage } from "../components/mail/link-page.js";

/**
 * Opened from the link at the bottom of a reminder. Nothing changes until the button is pressed, so
 * that a mail program that opens links in advance does not unsubscribe anyone; the answer is in the
 * contact's own language, whichever the browser prefers.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const unsubscribe = useUnsubscribe();
  const [outcome, setOutcome] = useState<Unsubscribed | "invalid" | null>(token ? null : "invalid");

  if (outcome === "invalid") {
    return (
      <LinkPage title={t("unsubscribe.title")}>
        <InvalidLink
          title={t("unsubscribe.invalidTitle")}
          text={t("unsubscribe.invalid")}
          action={{ to: "/", label: t("unsubscribe.home") }}
        />
      </LinkPage>
    );
  }
  if (outcome) {
    const lng = outcome.language;
    return (
      <LinkPage title={t("unsubscribe.doneTitle", { lng })}>
        <Stack gap="md" lang={lng}>
          <Alert color="teal" role="status">
            {t(outcome.alreadyUnsubscribed ? "unsubscribe.already" : "unsubscribe.done", { lng })}
          </Alert>
          <Anchor component={Link} to="/" fz="sm" fw={500}>
            {t("unsubscribe.home", { lng })}
          </Anchor>
        </Stack>
      </LinkPage>
    );
  }
  return (
    <LinkPage title={t("unsubscribe.title")} intro={t("unsubscribe.intro")}>
      <Stack gap="md">
        {unsubscribe.isError && (
          <Alert color="red" role="alert">
            <Text fz="sm">{errorMessage(unsubscribe.error, t)}</Text>
          </Alert>
        )}
        <Button
          fullWidth
          loading={unsubscribe.isPending}
          onClick={() =>
            unsubscribe.mutate(
              { token },
              {
                onSuccess: setOutcome,
                onError: (error) => {
                  if (isApiError(error) && (error.status === 404 || error.status === 400)) setOutcome("invalid");
                },
              },
            )
          }
        >
          {t("unsubscribe.confirm")}
        </Button>
      </Stack>
    </LinkPage>
  );
}
