// Commitments as the ledger would leave them: the row and every event of its history (the pledge and
// each move), consistent with each other, so that the figures can be read from either.
import type { Kysely } from "kysely";
import type { AxisStage } from "../../src/domain/coverage/axis.js";
import { nameKey } from "../../src/domain/registry/name-key.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { firstVersion } from "./stamps.js";

export type CommitmentMove =
  | { to: "in_progress"; on: string }
  | { to: "slipped"; on: string; dueOn: string; reason?: string }
  | { to: "delivered"; on: string; evidence?: string }
  | { to: "withdrawn"; on: string; reason?: string };

let counter = 0;

export async function buildCommitment(
  db: Kysely<DB>,
  fields: {
    partnershipId: string;
    organizationId: string;
    description?: string;
    axis?: AxisStage;
    pledgedOn: string;
    dueOn: string;
    moves?: CommitmentMove[];
    /** Leave the slips' events out, as an import that kept only the current due date might. */
    withoutSlipEvents?: boolean;
  },
) {
  const id = newId();
  const at = now();
  const description = fields.description ?? `Commitment ${++counter}`;
  let status = "pledged";
  let statusOn = fields.pledgedOn;
  let currentDueOn = fields.dueOn;
  let firstSlippedOn: string | null = null;
  let deliveredOn: string | null = null;
  let withdrawnOn: string | null = null;
  const events: EventFields[] = [{ from: null, to: "pledged", on: fields.pledgedOn }];
  for (const move of fields.moves ?? []) {
    const from = status;
    if (move.to === "slipped") {
      events.push({
        from,
        to: "slipped",
        on: move.on,
        dueBefore: currentDueOn,
        dueAfter: move.dueOn,
        reason: move.reason ?? "Needs more time",
      });
      currentDueOn = move.dueOn;
      firstSlippedOn ??= move.on;
    } else if (move.to === "delivered") {
      events.push({ from, to: "delivered", on: move.on, evidence: move.evidence ?? null });
      deliveredOn = move.on;
    } else if (move.to === "withdrawn") {
      events.push({ from, to: "withdrawn", on: move.on, reason: move.reason ?? "No longer possible" });
      withdrawnOn = move.on;
    } else {
      events.push({ from, to: "in_progress", on: move.on });
    }
    status = move.to;
    statusOn = move.on;
  }
  await db
    .insertInto("commitments")
    .values({
      id,
      partnership_id: fields.partnershipId,
      organization_id: fields.organizationId,
      description,
      description_key: nameKey(description),
      axis: fields.axis ?? "prevention",
      goal_id: null,
      objective_id: null,
      meeting_id: null,
      pledged_on: fields.pledgedOn,
      due_on: fields.dueOn,
      current_due_on: currentDueOn,
      status,
      status_on: statusOn,
      delivered_on: deliveredOn,
      withdrawn_on: withdrawnOn,
      first_slipped_on: firstSlippedOn,
      evidence: null,
      evidence_url: null,
      ...firstVersion(at),
    })
    .execute();
  const kept = fields.withoutSlipEvents ? events.filter((event) => event.to !== "slipped") : events;
  for (const event of kept) {
    await db
      .insertInto("commitment_events")
      .values(eventRow(event, id, fields.partnershipId))
      .execute();
  }
  return { id, description };
}

type EventFields = {
  from: string | null;
  to: string;
  on: string;
  dueBefore?: string;
  dueAfter?: string;
  reason?: string;
  evidence?: string | null;
};

function eventRow(event: EventFields, commitmentId: string, partnershipId: string) {
  return {
    id: newId(),
    commitment_id: commitmentId,
    partnership_id: partnershipId,
    at: `${event.on}T12:00:00.000Z`,
    user_id: null,
    from_status: event.from,
    to_status: event.to,
    effective_on: event.on,
    due_before: event.dueBefore ?? null,
    due_after: event.dueAfter ?? null,
    reason: event.reason ?? null,
    evidence: event.evidence ?? null,
    evidence_url: null,
    meeting_id: null,
  };
}
