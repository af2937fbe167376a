import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CHARTER_FORMALITIES, CHARTER_GOVERNANCES, type Charter, type CharterSave } from "../../../../contracts/charter.js";
import { INTENDED_ROLES, type IntendedRole } from "../../../../domain/charter/roles.js";
import { useSaveCharter } from "../../../api/charter.js";
import { errorMessage, notifySuccess } from "../../notify.js";
import { Section } from "../../section.js";

type MemberDraft = { organizationId: string; name: string; gains: string; intendedRole: IntendedRole | null; expectations: string };
type TextField = "need" | "vision" | "mission" | "values" | "decisionMaking" | "conflictResolution";

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

const orNull = (value: string) => (value.trim() === "" ? null : value);

/** The whole charter as a form: purpose, structure, and per member what it gains, its intended role and what is expected of it. */
export function CharterForm({ charter, onDone }: { charter: Charter; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCharter(charter.partnershipId);
  const [texts, setTexts] = useState<Record<TextField, string>>({
    need: charter.need,
    vision: charter.vision,
    mission: charter.mission,
    values: charter.values,
    decisionMaking: charter.decisionMaking ?? "",
    conflictResolution: charter.conflictResolution ?? "",
  });
  const [formality, setFormality] = useState(charter.formality);
  const [governance, setGovernance] = useState(charter.governance);
  const [members, setMembers] = useState<MemberDraft[]>(() =>
    charter.members.map((member) => ({
      organizationId: member.organization.id,
      name: member.organization.name,
      gains: member.gains ?? "",
      intendedRole: member.intendedRole,
      expectations: member.expectations ?? "",
    })),
  );
  const setText = (field: TextField) => (event: React.ChangeEvent<HTMLTextAreaElement>) => {
    const value = event.currentTarget.value;
    setTexts((current) => ({ ...current, [field]: value }));
  };
  const setMember = (index: number, patch: Partial<MemberDraft>) =>
    setMembers((current) => current.map((member, i) => (i === index ? { ...member, ...patch } : member)));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body: CharterSave = {
      need: texts.need,
      vision: texts.vision,
      mission: texts.mission,
      values: texts.values,
      formality,
      governance,
      decisionMaking: orNull(texts.decisionMaking),
      conflictResolution: orNull(texts.conflictResolution),
      members: members.map((member) => ({
        organizationId: member.organizationId,
        gains: orNull(member.gains),
        intendedRole: member.intendedRole,
        expectations: orNull(member.expectations),
      })),
      ...(charter.version > 0 ? { version: charter.version } : {}),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        notifySuccess(t("charter.saved", { version: saved.version }));
        onDone();
      },
    });
  };

  const area = (field: TextField) => (
    <Textarea
      key={field}
      label={t(`charter.field.${field}`)}
      value={texts[field]}
      onChange={setText(field)}
      autosize
      minRows={2}
      maxLength={8000}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Section title={t("charter.section.purpose")}>
          <Stack gap="md">{(["need", "vision", "mission", "values"] as const).map(area)}</Stack>
        </Section>
        <Section title={t("charter.section.structure")}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t("charter.field.formality")}
                data={CHARTER_FORMALITIES.map((value) => ({ value, label: t(`charter.formality.${value}`) }))}
                value={formality}
                onChange={(value) => setFormality(oneOf(CHARTER_FORMALITIES, value))}
                clearable
              />
              <Select
                label={t("charter.field.governance")}
                data={CHARTER_GOVERNANCES.map((value) => ({ value, label: t(`charter.governance.${value}`) }))}
                value={governance}
                onChange={(value) => setGovernance(oneOf(CHARTER_GOVERNANCES, value))}
                clearable
              />
            </SimpleGrid>
            {area("decisionMaking")}
            {area("conflictResolution")}
          </Stack>
        </Section>
        <Section title={t("charter.section.members")}>
          <Stack gap="md">
            {members.map((member, index) => (
              <Fieldset key={member.organizationId} legend={member.name}>
                <Stack gap="sm">
                  <Select
                    label={t("charter.field.intendedRole")}
                    data={INTENDED_ROLES.map((value) => ({ value, label: t(`charter.role.${value}`) }))}
                    value={member.intendedRole}
                    onChange={(value) => setMember(index, { intendedRole: oneOf(INTENDED_ROLES, value) })}
                    clearable
                  />
                  <Textarea
                    label={t("charter.field.gains")}
                    value={member.gains}
                    onChange={(event) => setMember(index, { gains: event.currentTarget.value })}
                    autosize
                    minRows={1}
                    maxLength={4000}
                  />
                  <Textarea
                    label={t("charter.field.expectations")}
                    value={member.expectations}
                    onChange={(event) => setMember(index, { expectations: event.currentTarget.value })}
                    autosize
                    minRows={1}
                    maxLength={4000}
                  />
                </Stack>
              </Fieldset>
            ))}
          </Stack>
        </Section>
        {save.isError && (
          <Alert color="red" title={t("charter.saveFailed")} role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          {charter.version > 0 && (
            <Button variant="default" onClick={onDone}>
              {t("charter.cancel")}
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            {t("charter.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
