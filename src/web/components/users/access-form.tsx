import { Alert, Button, Group, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RESPONSE_EXPORTS, userUpdateSchema, type User } from "../../../contracts/auth.js";
import { useOrganization } from "../../api/organizations.js";
import { useUpdateUser } from "../../api/users.js";
import { useSchemaForm } from "../../forms/use-schema-form.js";
import { Loading } from "../loading.js";
import { notifySuccess } from "../notify.js";
import { RoleFields, type RoleValues } from "./role-fields.js";

const NO_EXPORT = "none";
type ExportChoice = User["responseExport"];

/** An evaluator's permission to export a round's individual responses: none, without identities, or with them. */
function ResponseExportSelect({ value, onChange }: { value: ExportChoice; onChange: (value: ExportChoice) => void }) {
  const { t } = useTranslation();
  const options = [
    { value: NO_EXPORT, label: t("users.responseExport.none") },
    ...RESPONSE_EXPORTS.map((choice) => ({ value: choice, label: t(`users.responseExport.${choice}`) })),
  ];
  return (
    <Select
      label={t("users.responseExport.label")}
      description={t("users.responseExport.description")}
      allowDeselect={false}
      data={options}
      value={value ?? NO_EXPORT}
      onChange={(choice) => onChange(RESPONSE_EXPORTS.find((option) => option === choice) ?? null)}
    />
  );
}

type AccessValues = RoleValues & { responseExport: ExportChoice };

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
      responseExport: user.responseExport,
    } satisfies AccessValues,
    // The grant belongs to evaluators; a change to another role clears it on the server.
    toInput: ({ responseExport, ...values }) => (values.role === "evaluator" ? { ...values, responseExport } : values),
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
        {form.getValues().role === "evaluator" && (
          <ResponseExportSelect value={form.getValues().responseExport} onChange={(responseExport) => form.setValues({ responseExport })} />
        )}
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
