import { Button, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../../contracts/auth.js";
import { useUpdateUser } from "../../api/users.js";
import { useDateTime } from "../account/use-date-time.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { errorMessage, notifySuccess } from "../notify.js";
import { UserStatusBadge } from "./users-table.js";

/** Whether the account may sign in, when it last did, and the button to disable or enable it. */
export function SignInSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const update = useUpdateUser(user.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const disabling = !user.disabled;
  const allowed = disabling ? user.abilities.disable : user.abilities.enable;
  const close = () => {
    setConfirming(false);
    setError(null);
  };
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={2}>
          <Text fz="sm" fw={500}>
            {t("users.status")}
          </Text>
          <div>
            <UserStatusBadge disabled={user.disabled} />
          </div>
        </Stack>
        <Stack gap={2}>
          <Text fz="sm" fw={500}>
            {t("users.lastSignIn")}
          </Text>
          <Text>{dateTime(user.lastSignInAt, t("users.neverSignedIn"))}</Text>
        </Stack>
        <Stack gap={2}>
          <Text fz="sm" fw={500}>
            {t("users.createdAt")}
          </Text>
          <Text>{dateTime(user.createdAt, "")}</Text>
        </Stack>
      </SimpleGrid>
      {allowed && (
        <Group>
          <Button variant={disabling ? "outline" : "filled"} color={disabling ? "red.9" : undefined} onClick={() => setConfirming(true)}>
            {disabling ? t("users.disable") : t("users.enable")}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirming}
        title={disabling ? t("users.disableTitle", { name: user.name }) : t("users.enableTitle", { name: user.name })}
        message={disabling ? t("users.disableMessage") : t("users.enableMessage")}
        confirmLabel={disabling ? t("users.disable") : t("users.enable")}
        tone={disabling ? "danger" : "neutral"}
        isPending={update.isPending}
        error={error}
        onClose={close}
        onConfirm={() => {
          update.mutate(
            { disabled: disabling },
            {
              onSuccess: () => {
                notifySuccess(disabling ? t("users.disabledMessage") : t("users.enabledMessage"));
                close();
              },
              onError: (cause) => setError(errorMessage(cause, t)),
            },
          );
        }}
      />
    </Stack>
  );
}
