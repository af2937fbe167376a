// Commitments written straight into the database, with the pledge's event, for tests of the ledger.
import type { Kysely } from "kysely";
import { nameKey } from "../../src/domain/registry/name-key.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { firstVersion } from "./stamps.js";

let counter = 0;

/** The date `days` after today (before, when negative), in UTC. */
export function daysFromToday(days: number): string {
  const date = new Date(`${now().slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function buildCommitment(
  db: Kysely<DB>,
  partnershipId: string,
  organizationId: string,
  overrides: Partial<Pick<DB["commitments"], "description" | "axis" | "pledged_on" | "due_on" | "status">> = {},
) {
  counter += 1;
  const id = newId();
  const at = now();
  const description = overrides.description ?? `Commitment ${counter}`;
  const pledgedOn = overrides.pledged_on ?? daysFromToday(-30);
  const dueOn = overrides.due_on ?? daysFromToday(30);
  await db
    .insertInto("commitments")
    .values({
      id,
      partnership_id: partnershipId,
      organization_id: organizationId,
      description,
      description_key: nameKey(description),
      axis: overrides.axis ?? "prevention",
      goal_id: null,
      objective_id: null,
      meeting_id: null,
      pledged_on: pledgedOn,
      due_on: dueOn,
      current_due_on: dueOn,
      status: overrides.status ?? "pledged",
      status_on: pledgedOn,
      delivered_on: null,
      withdrawn_on: null,
      first_slipped_on: null,
      evidence: null,
      evidence_url: null,
      ...firstVersion(at),
    })
    .execute();
  await db
    .insertInto("commitment_events")
    .values({
      id: newId(),
      commitment_id: id,
      partnership_id: partnershipId,
      at,
      user_id: null,
      from_status: null,
      to_status: "pledged",
      effective_on: pledgedOn,
      due_before: null,
      due_after: dueOn,
      reason: null,
      evidence: null,
      evidence_url: null,
      meeting_id: null,
    })
    .execute();
  return { id, description, pledgedOn, dueOn };
}
