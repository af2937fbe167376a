import { Paper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useOutbox } from "../api/mail.js";
import { notifySuccess } from "../components/notify.js";
import { PageHeader } from "../components/page-header.js";
import { InviteForm } from "../components/users/invite-form.js";

/** Administrators: invite a person by email. */
export function InvitePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Whether mail leaves at all decides what to tell the administrator once the invitation is written.
  const delivery = useOutbox({ page: 1, pageSize: 1 }).data?.delivery;
  return (
    <>
      <PageHeader
        title={t("invitation.inviteTitle")}
        description={t("invitation.inviteIntro")}
        back={{ to: "/admin/outbox", label: t("outbox.title") }}
      />
      <Paper p="xl" maw={640}>
        <InviteForm
          onInvited={(user) => {
            notifySuccess(t(delivery === "outbox" ? "invitation.kept" : "invitation.sent", { email: user.email }));
            void navigate("/admin/outbox");
          }}
          onCancel={() => void navigate("/admin/outbox")}
        />
      </Paper>
    </>
  );
}
