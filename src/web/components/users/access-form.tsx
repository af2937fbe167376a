import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { userUpdateSchema, type User } from "../../../contracts/auth.js";
import { useOrganization } from "../../api/organizations.js";
import { useUpdateUser } from "../../api/users.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { Loading } from "../loading.js";
import { notifySuccess } from "../notify.js";
import { RoleFields, type RoleValues } from "./role-fields.js";

function AccessFormFields({ user, organizationName }: { user: User; organizationName: string | null }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const { form, handleSubmit } = useSchemaForm({
    schema: userUpdateSchema,
    initialValues: {
      role: user.role,
      organizationId: user.organizationId,
      programIds: user.programIds,
      partnershipIds: user.partnershipIds,
    } satisfies RoleValues,
    onSubmit: async (body) => {
      await update.mutateAsync(body);
      notifySuccess(t("users.accessSaved"));
    },
  });
  const organization = user.organizationId && organizationName ? { value: user.organizationId, label: organizationName } : null;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {!user.abilities.demote && (
          <Alert color="blue" role="note">
            {t("users.lastAdminNotice")}
          </Alert>
        )}
        <RoleFields
          values={form.getValues()}
          errors={form.errors}
          onChange={(patch) => form.setValues(patch)}
          organization={organization}
          roleLocked={!user.abilities.demote}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting} disabled={!user.abilities.update}>
            {t("users.saveAccess")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A user's role, organization, programs and partnerships, saved together. */
export function AccessForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const organization = useOrganization(user.organizationId);
  if (user.organizationId && organization.isPending) return <Loading py="md" />;
  return (
    <Stack gap="md">
      <Text c="dimmed">{t("users.accessIntro")}</Text>
      <AccessFormFields user={user} organizationName={organization.data?.name ?? null} />
    </Stack>
  );
}
