// Meetings and log entries written straight to the database, for tests that need them in place
// before the request under test (meetings are made through their own routes elsewhere).
import type { Kysely } from "kysely";
import type { CommunicationChannel } from "../../src/domain/communications/channels.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";

export async function buildMeeting(
  db: Kysely<DB>,
  partnershipId: string,
  overrides: { title?: string; startsAt?: string; endsAt?: string; location?: string; agenda?: string | null; status?: string } = {},
) {
  const id = newId();
  const at = now();
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  const row = {
    id,
    partnership_id: partnershipId,
    title: overrides.title ?? "Monthly meeting",
    starts_at: startsAt,
    ends_at: overrides.endsAt ?? new Date(Date.parse(startsAt) + 2 * 3600 * 1000).toISOString(),
    location: overrides.location ?? "City hall, room 2",
    agenda: overrides.agenda === undefined ? "1. Report-outs" : overrides.agenda,
    minutes: null,
    decisions: null,
    status: overrides.status ?? "scheduled",
    sequence: 0,
    version: 1,
    created_at: at,
    created_by: null,
    updated_at: at,
    updated_by: null,
  };
  await db.insertInto("meetings").values(row).execute();
  return row;
}

/** Changes a meeting as the meetings service would: the change, and SEQUENCE and version one higher. */
export async function changeMeeting(
  db: Kysely<DB>,
  id: string,
  patch: { title?: string; starts_at?: string; ends_at?: string; status?: string },
) {
  await db
    .updateTable("meetings")
    .set((eb) => ({ ...patch, sequence: eb("sequence", "+", 1), version: eb("version", "+", 1), updated_at: now() }))
    .where("id", "=", id)
    .execute();
}

export async function buildCommunication(
  db: Kysely<DB>,
  partnershipId: string,
  organizationIds: readonly string[],
  overrides: { occurredOn?: string; channel?: CommunicationChannel; subject?: string } = {},
) {
  const id = newId();
  const at = now();
  await db
    .insertInto("communications")
    .values({
      id,
      partnership_id: partnershipId,
      occurred_on: overrides.occurredOn ?? at.slice(0, 10),
      channel: overrides.channel ?? "phone",
      subject: overrides.subject ?? "Follow-up call",
      version: 1,
      created_at: at,
      created_by: null,
      updated_at: at,
      updated_by: null,
    })
    .execute();
  await db
    .insertInto("communication_parties")
    .values(
      organizationIds.map((organizationId) => ({ communication_id: id, organization_id: organizationId, partnership_id: partnershipId })),
    )
    .execute();
  return { id };
}
