// Meetings and log entries written straight to the database, for tests that need them in place
// before the request under test (meetings are made through their own routes elsewhere).
import type { Kysely } from "kysely";
import type { CommunicationChannel } from "../../src/domain/communications/channels.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { buildMeeting as buildScheduledMeeting, type MeetingOverrides } from "./meetings-factories.js";
import { firstVersion } from "./stamps.js";

/** A meeting a week from now, two hours long, with an agenda: what a feed shows. */
export function buildMeeting(db: Kysely<DB>, partnershipId: string, overrides: MeetingOverrides = {}) {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  return buildScheduledMeeting(db, partnershipId, {
    title: "Monthly meeting",
    endsAt: new Date(Date.parse(startsAt) + 2 * 3600 * 1000).toISOString(),
    agenda: "1. Report-outs",
    ...overrides,
    startsAt,
  });
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
      ...firstVersion(at),
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
