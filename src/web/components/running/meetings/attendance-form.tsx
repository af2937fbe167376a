import { Button, Checkbox, Fieldset, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingDetail } from "../../../../contracts/meetings.js";
import { useSaveAttendance } from "../../../api/meetings.js";
import { useMemberships } from "../../../api/memberships.js";
import { notifyError, notifySuccess } from "../../notify.js";
import { QueryState } from "../../query-state.js";

type Row = { present: boolean; attendee: string; contactId: string | null; canCommit: boolean };

/** Who came for each member, and whether that person can commit the agency; read-only without the right to change it. */
export function AttendanceForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const members = useMemberships(meeting.partnershipId);
  const save = useSaveAttendance(meeting.id);
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(
      meeting.attendance.map((entry) => [
        entry.organization.id,
        { present: true, attendee: entry.attendee ?? "", contactId: entry.contact?.id ?? null, canCommit: entry.canCommit },
      ]),
    ),
  );
  if (!meeting.abilities.update) {
    if (meeting.attendance.length === 0) return <Text c="dimmed">{t("meetings.attendance.none")}</Text>;
    return (
      <Stack component="ul" gap="xs" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {meeting.attendance.map((entry) => (
          <li key={entry.organization.id}>
            <Text>
              <strong>{entry.organization.name}</strong>
              {(entry.contact?.name ?? entry.attendee) && ` — ${entry.contact?.name ?? entry.attendee}`}
              {entry.canCommit && ` (${t("meetings.attendance.canCommitBadge")})`}
            </Text>
          </li>
        ))}
      </Stack>
    );
  }
  const rowOf = (organizationId: string): Row =>
    rows[organizationId] ?? { present: false, attendee: "", contactId: null, canCommit: false };
  const change = (organizationId: string, patch: Partial<Row>) =>
    setRows((current) => ({ ...current, [organizationId]: { ...rowOf(organizationId), ...patch } }));
  const submit = () => {
    const attendees = Object.entries(rows)
      .filter(([, row]) => row.present)
      .map(([organizationId, row]) => ({
        organizationId,
        attendee: row.attendee.trim() === "" ? null : row.attendee,
        contactId: row.contactId,
        canCommit: row.canCommit,
      }));
    save.mutate(
      { attendees },
      { onSuccess: () => notifySuccess(t("meetings.attendance.saved")), onError: (error) => notifyError(error, t("errors.saveFailed"), t) },
    );
  };
  return (
    <QueryState query={members}>
      {(page) => (
        <Stack gap="md">
          <Text c="dimmed">{t("meetings.attendance.intro")}</Text>
          {page.data.map((membership) => {
            const id = membership.organization.id;
            const row = rowOf(id);
            const name = membership.organization.name;
            return (
              <Fieldset key={id} legend={name} variant="filled">
                <Stack gap="xs">
                  <Checkbox
                    label={t("meetings.attendance.present", { name })}
                    checked={row.present}
                    onChange={(event) => change(id, { present: event.currentTarget.checked })}
                  />
                  {row.present && (
                    <>
                      <TextInput
                        label={t("meetings.attendance.attendee", { name })}
                        value={row.attendee}
                        onChange={(event) => change(id, { attendee: event.currentTarget.value })}
                      />
                      <Checkbox
                        label={t("meetings.attendance.canCommit")}
                        checked={row.canCommit}
                        onChange={(event) => change(id, { canCommit: event.currentTarget.checked })}
                      />
                    </>
                  )}
                </Stack>
              </Fieldset>
            );
          })}
          <div>
            <Button onClick={submit} loading={save.isPending}>
              {t("meetings.attendance.save")}
            </Button>
          </div>
        </Stack>
      )}
    </QueryState>
  );
}
