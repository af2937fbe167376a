import type { Kysely } from "kysely";
import { nameKey } from "../../src/domain/registry/name-key.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { firstVersion } from "./stamps.js";

let counter = 0;

/** A meeting of the partnership, scheduled unless said otherwise, an hour long. */
export type MeetingOverrides = {
  title?: string;
  startsAt?: string;
  endsAt?: string;
  location?: string;
  agenda?: string | null;
  status?: "scheduled" | "cancelled" | (string & {});
};

export async function buildMeeting(db: Kysely<DB>, partnershipId: string, overrides: MeetingOverrides = {}) {
  const id = newId();
  const at = now();
  const startsAt = overrides.startsAt ?? "2026-03-10T18:00:00.000Z";
  const row = {
    id,
    partnership_id: partnershipId,
    title: overrides.title ?? `Meeting ${++counter}`,
    starts_at: startsAt,
    ends_at: overrides.endsAt ?? new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    location: overrides.location ?? "City hall, room 2",
    agenda: overrides.agenda ?? null,
    minutes: null,
    decisions: null,
    status: overrides.status ?? "scheduled",
    sequence: 0,
    ...firstVersion(at),
  };
  await db.insertInto("meetings").values(row).execute();
  return { ...row, startsAt };
}

/**
 * A commitment of a member organization, written straight into the ledger's table with the dates given
 * (pledged, open unless delivered or withdrawn).
 */
export async function buildCommitment(
  db: Kysely<DB>,
  partnershipId: string,
  organizationId: string,
  overrides: {
    description?: string;
    pledgedOn?: string;
    dueOn?: string;
    deliveredOn?: string | null;
    withdrawnOn?: string | null;
    meetingId?: string | null;
  } = {},
) {
  const id = newId();
  const at = now();
  const description = overrides.description ?? `Commitment ${++counter}`;
  const pledgedOn = overrides.pledgedOn ?? "2026-01-05";
  const dueOn = overrides.dueOn ?? "2026-06-30";
  const deliveredOn = overrides.deliveredOn ?? null;
  const withdrawnOn = overrides.withdrawnOn ?? null;
  const status = deliveredOn ? "delivered" : withdrawnOn ? "withdrawn" : "pledged";
  await db
    .insertInto("commitments")
    .values({
      id,
      partnership_id: partnershipId,
      organization_id: organizationId,
      description,
      description_key: nameKey(description),
      axis: "prevention",
      goal_id: null,
      objective_id: null,
      meeting_id: overrides.meetingId ?? null,
      pledged_on: pledgedOn,
      due_on: dueOn,
      current_due_on: dueOn,
      status,
      status_on: deliveredOn ?? withdrawnOn ?? pledgedOn,
      delivered_on: deliveredOn,
      withdrawn_on: withdrawnOn,
      first_slipped_on: null,
      evidence: null,
      evidence_url: null,
      ...firstVersion(at),
    })
    .execute();
  return { id, description };
}

/** An activity made from a meeting's action item, under a goal and objective of its own. */
export async function buildActivityFromMeeting(db: Kysely<DB>, partnershipId: string, meetingId: string, title: string) {
  const at = now();
  const edited = { version: 1, created_at: at, created_by: null, updated_at: at, updated_by: null };
  const goalId = newId();
  const objectiveId = newId();
  const id = newId();
  await db
    .insertInto("plan_goals")
    .values({ id: goalId, partnership_id: partnershipId, title: "Safer evenings", description: null, position: 0, ...edited })
    .execute();
  await db
    .insertInto("plan_objectives")
    .values({
      id: objectiveId,
      goal_id: goalId,
      partnership_id: partnershipId,
      title: "Open the gym on Fridays",
      description: null,
      position: 0,
      measure_name: null,
      measure_unit: null,
      measure_source: null,
      baseline_value: null,
      baseline_on: null,
      target_value: null,
      target_on: null,
      measure_direction: null,
      ...edited,
    })
    .execute();
  await db
    .insertInto("plan_activities")
    .values({
      id,
      objective_id: objectiveId,
      partnership_id: partnershipId,
      title,
      owner_organization_id: null,
      owner_contact_id: null,
      due_on: "2026-05-01",
      resources: null,
      status: "planned",
      notes: null,
      meeting_id: meetingId,
      position: 0,
      ...edited,
    })
    .execute();
  return { id, objectiveId };
}
