import { describe, expect, it } from "vitest";
import { buildDemoRows } from "../build.js";
import { DEMO_PORTFOLIO } from "../portfolio/index.js";
import { deliver, slip, start, withdraw, type DemoCommitment } from "../portfolio/running-types.js";
import { replayCommitment } from "./commitments.js";

const today = new Date("2026-11-22T12:00:00Z");
const context = {
  today,
  at: "2026-11-22T12:00:00.000Z",
  newId: (() => {
    let n = 0;
    return () => `id-${++n}`;
  })(),
  partnershipId: "p",
  organizationId: "o",
  userId: "u",
  goalId: null,
  objectiveId: null,
};
const base: DemoCommitment = {
  organization: "x",
  axis: "prevention",
  description: "Open the drop-in",
  pledgedDays: -100,
  dueDays: -50,
  moves: [],
};

describe("a demo commitment replayed", () => {
  it("keeps the original due date, moves the current one by slipping, and dates every move", () => {
    const { commitment, events } = replayCommitment(
      {
        ...base,
        moves: [start(-90), slip(-55, -20, "Late delivery of the furniture"), slip(-25, 10, "Staff away"), deliver(-5, "Opened")],
      },
      context,
    );
    expect(commitment).toMatchObject({
      pledged_on: "2026-08-14",
      due_on: "2026-10-03",
      current_due_on: "2026-12-02",
      status: "delivered",
      status_on: "2026-11-17",
      delivered_on: "2026-11-17",
      withdrawn_on: null,
      first_slipped_on: "2026-09-28",
      evidence: "Opened",
      version: 5,
      description_key: "open the drop-in",
    });
    expect(events.map((event) => [event.from_status, event.to_status, event.due_before, event.due_after])).toEqual([
      [null, "pledged", null, null],
      ["pledged", "in_progress", null, null],
      ["in_progress", "slipped", "2026-10-03", "2026-11-02"],
      ["slipped", "slipped", "2026-11-02", "2026-12-02"],
      ["slipped", "delivered", null, null],
    ]);
  });

  it("refuses what the ledger refuses: a move from a final status, a slip that is not later, a move in the future or out of order", () => {
    expect(() => replayCommitment({ ...base, moves: [deliver(-40), start(-30)] }, context)).toThrow(/to: moveNotAllowed/);
    expect(() => replayCommitment({ ...base, moves: [withdraw(-40, "No longer needed"), deliver(-30)] }, context)).toThrow(
      /to: moveNotAllowed/,
    );
    expect(() => replayCommitment({ ...base, moves: [slip(-40, -60, "Earlier")] }, context)).toThrow(/dueOn: dueNotLater/);
    expect(() => replayCommitment({ ...base, moves: [deliver(3)] }, context)).toThrow(/on: dateInFuture/);
    expect(() => replayCommitment({ ...base, moves: [start(-30), deliver(-40)] }, context)).toThrow(/on: beforeLastMove/);
    expect(() => replayCommitment({ ...base, dueDays: -120 }, context)).toThrow(/dueOn: dueBeforePledge/);
  });
});

describe("the running demo built on any day of the year", () => {
  const days = ["2026-01-01", "2026-02-28", "2028-02-29", "2026-07-15", "2026-12-31"];
  it.each(days)("builds on %s with every commitment state, a cancelled and an upcoming meeting per partnership", (day) => {
    let n = 0;
    const rows = buildDemoRows(DEMO_PORTFOLIO, {
      today: new Date(`${day}T09:00:00Z`),
      at: `${day}T09:00:00.000Z`,
      passwordHash: "h",
      newId: () => `id-${++n}`,
    });
    expect(new Set(rows.running.commitments.map((row) => row.status))).toEqual(
      new Set(["pledged", "in_progress", "delivered", "slipped", "withdrawn"]),
    );
    for (const partnership of DEMO_PORTFOLIO.running) expect(partnership.meetings.topics.length).toBeGreaterThan(0);
    const byPartnership = new Map<string, typeof rows.running.meetings>();
    for (const meeting of rows.running.meetings) {
      byPartnership.set(meeting.partnership_id, [...(byPartnership.get(meeting.partnership_id) ?? []), meeting]);
    }
    expect(byPartnership.size).toBe(DEMO_PORTFOLIO.running.length);
    for (const meetings of byPartnership.values()) {
      expect(meetings.filter((meeting) => meeting.status === "cancelled")).toHaveLength(1);
      expect(meetings.some((meeting) => meeting.starts_at > `${day}T09:00:00.000Z`)).toBe(true);
    }
  });

  it("gives the same rows for the same day", () => {
    const build = () => {
      let n = 0;
      return buildDemoRows(DEMO_PORTFOLIO, { today, at: context.at, passwordHash: "h", newId: () => `id-${++n}` });
    };
    expect(build().running).toEqual(build().running);
  });
});
