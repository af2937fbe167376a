// The place where inviting someone starts: the invitation form (its mail and one-time link are the
// server's POST /users/invitations) in a dialog.
import { Button, Modal } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../notify.js";
import { InviteForm } from "./invite-form.js";

/** "Invite someone" on the Users page: opens the invitation form in a dialog. */
export function InviteButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t("users.invite")}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("users.inviteTitle")}>
        {opened && (
          <InviteForm
            onInvited={(user) => {
              notifySuccess(t("users.inviteSent", { email: user.email }));
              setOpened(false);
            }}
            onCancel={() => setOpened(false)}
          />
        )}
      </Modal>
    </>
  );
}
