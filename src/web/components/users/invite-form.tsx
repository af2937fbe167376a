import { Select, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { invitationCreateSchema } from "../../../contracts/account-links.js";
import type { User } from "../../../contracts/auth.js";
import type { Role } from "../../../domain/vocabulary.js";
import { useInviteUser } from "../../api/account-links.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { FormActions } from "../form-actions.js";
import { RoleFields } from "./role-fields.js";

/** The role an invitation starts with: most people invited run a partnership. */
const FIRST_ROLE: Role = "coordinator";

type Props = {
  onInvited: (user: User) => void;
  onCancel: () => void;
};

/**
 * Invites a person by email (POST /users/invitations): the account is opened at once and the person
 * is mailed a one-time link to choose a password. Fits a page or a dialog.
 */
export function InviteForm({ onInvited, onCancel }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const invite = useInviteUser();
  const { form, handleSubmit } = useSchemaForm({
    schema: invitationCreateSchema,
    initialValues: {
      email: "",
      name: "",
      role: FIRST_ROLE,
      locale: "en",
      organizationId: null as string | null,
      programIds: [] as string[],
    },
    onSubmit: async (body) => onInvited(await invite.mutateAsync(body)),
  });
  const values = form.getValues();
  const roleValues = { role: values.role, organizationId: values.organizationId, programIds: values.programIds, partnershipIds: [] };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t("invitation.email")}
          type="email"
          autoComplete="off"
          required
          data-autofocus
          key={form.key("email")}
          {...form.getInputProps("email")}
        />
        <TextInput label={t("invitation.name")} autoComplete="off" required key={form.key("name")} {...form.getInputProps("name")} />
        <Select
          label={t("invitation.language")}
          required
          data={vocabulary.options("language")}
          allowDeselect={false}
          key={form.key("locale")}
          {...form.getInputProps("locale")}
        />
        <RoleFields values={roleValues} errors={form.errors} onChange={(patch) => form.setValues(patch)} withPartnerships={false} />
        <FormActions submitLabel={t("invitation.send")} onCancel={onCancel} isPending={invite.isPending} />
      </Stack>
    </form>
  );
}
