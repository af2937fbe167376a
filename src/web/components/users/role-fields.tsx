import { MultiSelect, Select, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../domain/vocabulary.js";
import { usePrograms } from "../../api/programs.js";
import { useVocabulary, type Option } from "../../i18n/vocabulary.js";
import { OrganizationSelect } from "../organization-select.js";
import { PartnershipsSelect } from "./partnerships-select.js";

export type RoleValues = { role: Role; organizationId: string | null; programIds: string[]; partnershipIds: string[] };

type Props = {
  values: RoleValues;
  errors: Record<string, React.ReactNode>;
  onChange: (patch: Partial<RoleValues>) => void;
  /** Coordinated partnerships, chosen on a user's page (an invitation starts without). */
  withPartnerships?: boolean;
  /** The saved organization, shown before any search. */
  organization?: Option | null;
  /** The role cannot be changed (the last active administrator). */
  roleLocked?: boolean;
};

/**
 * Role, organization, programs and partnerships. Programs are offered to the roles that work in
 * programs, partnerships to coordinators; assignments of other roles are kept as they are.
 */
export function RoleFields({ values, errors, onChange, withPartnerships = true, organization = null, roleLocked = false }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const programs = usePrograms();
  const error = (field: keyof RoleValues) => errors[field];
  const programOptions = (programs.data?.data ?? []).map((program) => ({ value: program.id, label: `${program.code} — ${program.name}` }));
  const worksInPrograms = values.role === "program_officer" || values.role === "evaluator";
  return (
    <Stack gap="md">
      <Select
        label={t("users.role")}
        required
        allowDeselect={false}
        disabled={roleLocked}
        data={vocabulary.options("role")}
        value={values.role}
        error={error("role")}
        onChange={(value) => {
          const role = vocabulary.options("role").find((option) => option.value === value)?.value;
          if (role) onChange({ role });
        }}
      />
      <OrganizationSelect
        label={t("users.organization")}
        description={t("users.organizationDescription")}
        required={values.role === "partner"}
        value={values.organizationId}
        initialOption={organization}
        error={error("organizationId")}
        onChange={(id) => onChange({ organizationId: id })}
      />
      {worksInPrograms && (
        <MultiSelect
          label={t("users.programs")}
          description={t("users.programsDescription")}
          searchable
          data={programOptions}
          value={values.programIds}
          error={error("programIds")}
          onChange={(ids) => onChange({ programIds: ids })}
        />
      )}
      {withPartnerships && values.role === "coordinator" && (
        <PartnershipsSelect
          label={t("users.partnerships")}
          description={t("users.partnershipsDescription")}
          value={values.partnershipIds}
          error={error("partnershipIds")}
          onChange={(ids) => onChange({ partnershipIds: ids })}
        />
      )}
    </Stack>
  );
}
