import { Stack, Switch, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAccount, useUpdateAccount } from "../../api/account.js";
import { notifyError, notifySuccess } from "../notify.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";

/** Whether the user receives reminders (the weekly digest and the notices before meetings). */
export function RemindersSection() {
  const { t } = useTranslation();
  const account = useAccount();
  const update = useUpdateAccount();
  return (
    <Section title={t("reminders.title")}>
      <Stack gap="md">
        <Text c="dimmed">{t("reminders.intro")}</Text>
        <QueryState query={account}>
          {(data) => (
            <Switch
              label={t("reminders.receive")}
              description={t("reminders.receiveDescription")}
              checked={!data.remindersOptOut}
              disabled={update.isPending}
              onChange={(event) => {
                const receive = event.currentTarget.checked;
                update.mutate(
                  { remindersOptOut: !receive },
                  {
                    onSuccess: () => notifySuccess(t(receive ? "reminders.on" : "reminders.off")),
                    onError: (error) => notifyError(error, t("reminders.title"), t),
                  },
                );
              }}
            />
          )}
        </QueryState>
      </Stack>
    </Section>
  );
}
