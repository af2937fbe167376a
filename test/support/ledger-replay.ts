// Replays a commitment's events, in order, into the columns its row must hold; used by the demo's
// tests to check the hand-written and the generated ledgers alike.
import { expect } from "vitest";

const ALLOWED: Record<string, string[]> = {
  pledged: ["in_progress", "delivered", "slipped", "withdrawn"],
  in_progress: ["delivered", "slipped", "withdrawn"],
  slipped: ["in_progress", "delivered", "slipped", "withdrawn"],
  delivered: [],
  withdrawn: [],
};

type EventRow = {
  from_status: string | null;
  to_status: string;
  effective_on: string;
  due_before: string | null;
  due_after: string | null;
  reason: string | null;
  evidence: string | null;
};

/** What a commitment's columns must be, read from its events alone, each move checked against the ledger's rules. */
export function replayCommitmentEvents(events: EventRow[], dueOn: string) {
  const [pledge, ...moves] = events;
  expect(pledge?.from_status).toBeNull();
  expect(pledge?.to_status).toBe("pledged");
  let state = {
    status: "pledged",
    status_on: pledge?.effective_on ?? "",
    current_due_on: dueOn,
    delivered_on: null as string | null,
    withdrawn_on: null as string | null,
    first_slipped_on: null as string | null,
    slips: 0,
  };
  for (const move of moves) {
    expect(move.from_status).toBe(state.status);
    expect(ALLOWED[state.status]).toContain(move.to_status);
    expect(move.effective_on >= state.status_on).toBe(true);
    if (move.to_status === "slipped") {
      expect(move.due_before).toBe(state.current_due_on);
      expect(move.due_after && move.due_after > state.current_due_on).toBe(true);
      expect(move.reason).toBeTruthy();
      state = {
        ...state,
        current_due_on: move.due_after ?? "",
        first_slipped_on: state.first_slipped_on ?? move.effective_on,
        slips: state.slips + 1,
      };
    } else {
      expect(move.due_after).toBeNull();
    }
    if (move.to_status === "withdrawn") {
      expect(move.reason).toBeTruthy();
      state.withdrawn_on = move.effective_on;
    }
    if (move.to_status === "delivered") state.delivered_on = move.effective_on;
    state.status = move.to_status;
    state.status_on = move.effective_on;
  }
  return state;
}
