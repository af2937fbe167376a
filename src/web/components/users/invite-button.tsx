// The place where inviting someone starts. The invitation itself (its mail and one-time link) is the
// server's POST /users/invitations; this modal only collects who is invited and with what role.
import { Alert, Button, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { userCreateSchema } from "../../../contracts/auth.js";
import { apiSend } from "../../api/client.js";
import { userKeys } from "../../api/users.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { notifySuccess } from "../notify.js";
import { RoleFields, type RoleValues } from "./role-fields.js";

const invitationSchema = userCreateSchema.pick({ email: true, name: true, role: true, organizationId: true, programIds: true });
type Invitation = z.output<typeof invitationSchema>;
const NEW_INVITATION: RoleValues & { email: string; name: string } = {
  email: "",
  name: "",
  role: "coordinator",
  organizationId: null,
  programIds: [],
  partnershipIds: [],
};

function InviteForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: (body: Invitation) => apiSend("POST", "/users/invitations", { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
  const { form, handleSubmit } = useSchemaForm({
    schema: invitationSchema,
    initialValues: NEW_INVITATION,
    toInput: ({ partnershipIds: _unused, ...values }) => values,
    onSubmit: async (body) => {
      await invite.mutateAsync(body);
      setSentTo(body.email);
      notifySuccess(t("users.inviteSent", { email: body.email }));
    },
  });
  if (sentTo) {
    return (
      <Stack>
        <Alert color="teal" role="status">
          {t("users.inviteSent", { email: sentTo })}
        </Alert>
        <Button onClick={onDone}>{t("common.close")}</Button>
      </Stack>
    );
  }
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text c="dimmed">{t("users.inviteIntro")}</Text>
        <TextInput label={t("users.email")} type="email" required data-autofocus key={form.key("email")} {...form.getInputProps("email")} />
        <TextInput label={t("users.name")} required key={form.key("name")} {...form.getInputProps("name")} />
        <RoleFields values={form.getValues()} errors={form.errors} onChange={(patch) => form.setValues(patch)} withPartnerships={false} />
        <Button type="submit" loading={form.submitting}>
          {t("users.inviteSend")}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * "Invite someone": opens the invitation form in a dialog. This is the one place the Users page starts
 * an invitation from, so a fuller invitation form can replace InviteForm here without touching the page.
 */
export function InviteButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t("users.invite")}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("users.inviteTitle")}>
        {opened && <InviteForm onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}
