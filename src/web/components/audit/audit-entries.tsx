import { Anchor, Badge, Card, Group, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AuditAction, AuditEvent } from "../../../contracts/audit.js";
import type { Language } from "../../../domain/vocabulary.js";
import { intlLocale, useFormat } from "../../i18n/format.js";
import { ScrollableTable } from "../scrollable-table.js";
import { ChangeLine } from "./change-value.js";

type Props = {
  events: AuditEvent[];
  /** Narrows the trail to one person's changes; without it names are plain text. */
  onPerson?: ((person: { id: string; name: string }) => void) | undefined;
  /** Leaves out the partnership (on the partnership's own page). */
  withinPartnership?: boolean;
};

// Dark shades: white on them keeps a contrast of at least 4.5:1.
/** When a change was made, to the minute: the trail often holds several changes of one day. */
function atText(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeStyle: "short" }).format(date);
}

const ACTION_COLORS: Record<AuditAction, string> = {
  create: "teal.9",
  update: "blue.9",
  delete: "red.9",
  sign_in: "gray.8",
  sign_in_failed: "red.9",
  sign_out: "gray.8",
  refused: "red.9",
  export: "grape.9",
};

/** Values of a security event that are keys (how one signed in, why a sign-in failed), in words. */
const CONTEXT_VALUES = ["password", "invitation", "wrong_password", "disabled", "unknown_email"] as const;

function Who({ event, onPerson }: Pick<Props, "onPerson"> & { event: AuditEvent }) {
  const { t } = useTranslation();
  const { user } = event;
  if (!user) return <Text fz="sm">{t(event.action === "sign_in_failed" ? "audit.unknownAccount" : "audit.commandLine")}</Text>;
  if (!onPerson) return <Text fz="sm">{user.name}</Text>;
  return (
    <UnstyledButton
      fz="sm"
      td="underline"
      style={{ overflowWrap: "anywhere" }}
      onClick={() => onPerson(user)}
      aria-label={t("audit.onlyPerson", { name: user.name })}
    >
      {user.name}
    </UnstyledButton>
  );
}

function What({ event, withinPartnership }: Pick<Props, "withinPartnership"> & { event: AuditEvent }) {
  const { t } = useTranslation();
  const { partnership, organization } = event;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Badge variant="filled" color={ACTION_COLORS[event.action]}>
          {t(`audit.action.${event.action}`)}
        </Badge>
        <Text fz="sm" fw={600}>
          {t(`audit.entity.${event.entity}`, { defaultValue: event.entity })}
        </Text>
      </Group>
      {partnership && !withinPartnership && (
        <Anchor component={Link} to={`/partnerships/${partnership.id}`} fz="sm">
          {partnership.name ?? t("audit.deleted")}
        </Anchor>
      )}
      {organization && event.entity !== "partnership" && (
        <Anchor component={Link} to={`/organizations/${organization.id}`} fz="sm">
          {organization.name ?? t("audit.deleted")}
        </Anchor>
      )}
    </Stack>
  );
}

/** What a security event recorded besides who and when: the client's address, the route refused… */
function ContextLines({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const valueText = (value: string | number | boolean | null): string => {
    if (value === null) return t("audit.emptyValue");
    const key = CONTEXT_VALUES.find((known) => known === value);
    return key ? t(`audit.contextValue.${key}`) : String(value);
  };
  return (
    <>
      {Object.entries(event.context).map(([field, value]) => (
        <Text key={field} fz="sm" style={{ overflowWrap: "anywhere" }}>
          <Text span fw={600} fz="sm">
            {t(`audit.field.${field}`, { defaultValue: field })}
          </Text>{" "}
          {valueText(value)}
        </Text>
      ))}
    </>
  );
}

function Changes({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (event.changes.length === 0 && Object.keys(event.context).length === 0)
    return (
      <Text fz="sm" c="dimmed">
        {t("audit.noFields")}
      </Text>
    );
  return (
    <Stack gap={2}>
      {event.changes.map((change) => (
        <ChangeLine key={change.field} change={change} />
      ))}
      <ContextLines event={event} />
    </Stack>
  );
}

/** The trail: a table on wider screens, one card per entry on phones. */
export function AuditEntries({ events, onPerson, withinPartnership = false }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (events.length === 0) return <Text c="dimmed">{t("audit.none")}</Text>;
  return (
    <>
      <Stack gap="sm" hiddenFrom="sm">
        {events.map((event) => (
          <Card key={event.id} withBorder padding="sm" component="article" aria-label={atText(event.at, format.language)}>
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fz="sm" c="dimmed">
                  {atText(event.at, format.language)}
                </Text>
                <Who event={event} onPerson={onPerson} />
              </Group>
              <What event={event} withinPartnership={withinPartnership} />
              <Changes event={event} />
            </Stack>
          </Card>
        ))}
      </Stack>
      <Stack visibleFrom="sm" gap={0}>
        <ScrollableTable label={t("audit.tableLabel")} minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("audit.column.when")}</Table.Th>
                <Table.Th scope="col">{t("audit.column.who")}</Table.Th>
                <Table.Th scope="col">{t("audit.column.what")}</Table.Th>
                <Table.Th scope="col">{t("audit.column.changes")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td style={{ whiteSpace: "nowrap", verticalAlign: "top" }}>
                    <Text fz="sm">{atText(event.at, format.language)}</Text>
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: "top" }}>
                    <Who event={event} onPerson={onPerson} />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: "top" }}>
                    <What event={event} withinPartnership={withinPartnership} />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: "top" }}>
                    <Changes event={event} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      </Stack>
    </>
  );
}
