import { Alert, Badge, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { contactPageSchema } from "../../../contracts/contacts.js";
import { PAGE_SIZE_MAX } from "../../../contracts/common.js";
import type { Membership } from "../../../contracts/memberships.js";
import type { RespondentInput } from "../../../contracts/surveys.js";
import { apiRequest } from "../../api/client.js";
import { contactKeys } from "../../api/contacts.js";
import { useMemberships } from "../../api/memberships.js";
import { Loading } from "../loading.js";

type Person = { id: string; name: string; email: string | null };
type Group_ = { membership: Membership; people: Person[] };

type Props = {
  partnershipId: string;
  value: RespondentInput[];
  onChange: (value: RespondentInput[]) => void;
  /** The involvement checklist: each respondent answers as the lead or as a partner. */
  asksPerspective: boolean;
  error?: ReactNode;
};

/**
 * The members' contacts, grouped by organization, to choose who is asked. An organization whose
 * contacts the reader may not list still offers its representative.
 */
function useCandidates(partnershipId: string) {
  const members = useMemberships(partnershipId);
  const list = (members.data?.data ?? []).filter((member) => member.leftOn === null);
  const contacts = useQueries({
    queries: list.map((member) => ({
      queryKey: contactKeys.of(member.organization.id),
      queryFn: () =>
        apiRequest(contactPageSchema, "GET", `/organizations/${member.organization.id}/contacts`, { query: { pageSize: PAGE_SIZE_MAX } }),
      retry: false,
    })),
  });
  const groups: Group_[] = list.map((membership, index) => {
    const listed = contacts[index]?.data?.data ?? [];
    const people: Person[] = listed.map((contact) => ({ id: contact.id, name: contact.name, email: contact.email }));
    const representative = membership.representative;
    if (representative && !people.some((person) => person.id === representative.id)) people.unshift(representative);
    return { membership, people };
  });
  return { members, groups, loading: contacts.some((query) => query.isPending) };
}

export function RespondentPicker({ partnershipId, value, onChange, asksPerspective, error }: Props) {
  const { t } = useTranslation();
  const errorId = useId();
  const { members, groups, loading } = useCandidates(partnershipId);
  const chosen = new Map(value.map((entry) => [entry.contactId, entry]));
  const defaultPerspective = (membership: Membership) => (membership.isLead ? "lead" : "partner");
  const entryFor = (membership: Membership, contactId: string): RespondentInput =>
    asksPerspective ? { contactId, perspective: chosen.get(contactId)?.perspective ?? defaultPerspective(membership) } : { contactId };

  const toggle = (membership: Membership, contactId: string, checked: boolean) =>
    onChange(checked ? [...value, entryFor(membership, contactId)] : value.filter((entry) => entry.contactId !== contactId));
  const setPerspective = (contactId: string, perspective: "lead" | "partner") =>
    onChange(value.map((entry) => (entry.contactId === contactId ? { ...entry, perspective } : entry)));
  const selectRepresentatives = () => {
    const next = [...value];
    for (const { membership } of groups) {
      const id = membership.representative?.id;
      if (id && !chosen.has(id)) next.push(entryFor(membership, id));
    }
    onChange(next);
  };

  if (members.isPending || loading) return <Loading py="md" />;
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }} aria-describedby={error ? errorId : undefined}>
      <Group justify="space-between" gap="sm">
        <Text component="legend" fw={600}>
          {t("surveys.open.respondents")}
        </Text>
        <Button size="xs" variant="light" onClick={selectRepresentatives}>
          {t("surveys.open.selectRepresentatives")}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("surveys.open.chosen", { count: value.length })}
      </Text>
      {error && (
        <Alert color="red" id={errorId} role="alert" p="xs">
          {error}
        </Alert>
      )}
      {groups.map(({ membership, people }) => (
        <Paper key={membership.id} withBorder p="sm" component="fieldset" m={0}>
          <Group component="legend" gap="xs" px={4}>
            <Text fw={600} span>
              {membership.organization.name}
            </Text>
            {membership.isLead && (
              <Badge variant="light" color="indigo" radius="sm" tt="none" fw={500}>
                {t("registry.lead")}
              </Badge>
            )}
          </Group>
          {people.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("surveys.open.noContacts")}
            </Text>
          ) : (
            <Stack gap="xs">
              {people.map((person) => {
                const entry = chosen.get(person.id);
                return (
                  <Group key={person.id} justify="space-between" gap="xs" wrap="wrap">
                    <Checkbox
                      checked={Boolean(entry)}
                      onChange={(event) => toggle(membership, person.id, event.currentTarget.checked)}
                      label={person.name}
                      description={person.email ?? t("surveys.open.noEmail")}
                    />
                    {asksPerspective && entry && (
                      <Group gap={6} wrap="nowrap" role="group" aria-label={t("surveys.open.perspectiveOf", { name: person.name })}>
                        <VisuallyHidden>{t("surveys.open.perspective")}</VisuallyHidden>
                        <SegmentedControl
                          size="xs"
                          value={entry.perspective ?? defaultPerspective(membership)}
                          onChange={(next) => setPerspective(person.id, next === "lead" ? "lead" : "partner")}
                          data={[
                            { value: "lead", label: t("surveys.perspective.lead") },
                            { value: "partner", label: t("surveys.perspective.partner") },
                          ]}
                        />
                      </Group>
                    )}
                  </Group>
                );
              })}
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
