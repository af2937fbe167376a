import { Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { invitationCreateSchema } from "../../../contracts/account-links.js";
import type { User } from "../../../contracts/auth.js";
import type { Role } from "../../../domain/vocabulary.js";
import { useInviteUser } from "../../api/account-links.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { FormActions } from "../form-actions.js";
import { OrganizationSelect } from "../organization-select.js";

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
      role: null as Role | null,
      locale: "en",
      organizationId: null as string | null,
    },
    onSubmit: async (body) => onInvited(await invite.mutateAsync(body)),
  });
  const organizationProps = form.getInputProps("organizationId");
  const isPartner = form.getValues().role === "partner";

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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("invitation.role")}
            required
            data={vocabulary.options("role")}
            allowDeselect={false}
            key={form.key("role")}
            {...form.getInputProps("role")}
          />
          <Select
            label={t("invitation.language")}
            required
            data={vocabulary.options("language")}
            allowDeselect={false}
            key={form.key("locale")}
            {...form.getInputProps("locale")}
          />
        </SimpleGrid>
        <OrganizationSelect
          label={t("invitation.organization")}
          description={t("invitation.organizationHint")}
          required={isPartner}
          value={form.getValues().organizationId}
          onChange={(id) => form.setFieldValue("organizationId", id)}
          error={organizationProps.error}
          onBlur={organizationProps.onBlur}
          onFocus={organizationProps.onFocus}
        />
        <FormActions submitLabel={t("invitation.send")} onCancel={onCancel} isPending={invite.isPending} />
      </Stack>
    </form>
  );
}
