import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../vocabulary.js";
import type { MembershipReach } from "../access/abilities.js";
import { applyMove, checkMove, checkPledge, isWebAddress, type Move, type MovableCommitment } from "./checks.js";
import { mayPledge, movesFor, NO_RELATION, type MemberRelation } from "./rights.js";
import { COMMITMENT_STATUSES, isAllowedMove, isFinal, isOverdue, type CommitmentStatus } from "./statuses.js";

const TODAY = "2026-06-15";

/** The table, written out again rather than read from the code under test. */
const EXPECTED: Record<CommitmentStatus, CommitmentStatus[]> = {
  pledged: ["in_progress", "delivered", "slipped", "withdrawn"],
  in_progress: ["delivered", "slipped", "withdrawn"],
  slipped: ["in_progress", "delivered", "slipped", "withdrawn"],
  delivered: [],
  withdrawn: [],
};

function commitment(status: CommitmentStatus, overrides: Partial<MovableCommitment> = {}): MovableCommitment {
  return { status, pledgedOn: "2026-01-10", currentDueOn: "2026-05-01", statusOn: "2026-02-01", ...overrides };
}

/** A move to `to` with everything that move needs. */
function validMove(to: CommitmentStatus): Move {
  switch (to) {
    case "slipped":
      return { to, on: "2026-06-01", dueOn: "2026-07-01", reason: "Funding arrived late" };
    case "withdrawn":
      return { to, on: "2026-06-01", reason: "The program closed" };
    case "delivered":
      return { to, on: "2026-06-01", evidence: "Minutes of 1 June", evidenceUrl: "https://example.org/minutes" };
    case "pledged":
    case "in_progress":
      return { to, on: "2026-06-01" };
  }
}

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const dayArb = fc.integer({ min: 0, max: 400 }).map(day);

describe("the moves between statuses", () => {
  for (const from of COMMITMENT_STATUSES) {
    for (const to of COMMITMENT_STATUSES) {
      const allowed = EXPECTED[from].includes(to);
      it(`${allowed ? "allows" : "refuses"} ${from} → ${to}`, () => {
        expect(isAllowedMove(from, to)).toBe(allowed);
        const result = checkMove(commitment(from), validMove(to), TODAY);
        expect(result.ok).toBe(allowed);
        if (!result.ok) expect(result.problems).toEqual([{ field: "to", key: "moveNotAllowed", values: { from, to } }]);
      });
    }
  }

  it("delivered and withdrawn are final, the others are not", () => {
    expect(COMMITMENT_STATUSES.filter(isFinal)).toEqual(["delivered", "withdrawn"]);
  });
});

describe("what a move needs", () => {
  it("a slip needs a new due date later than the current one and a reason", () => {
    const current = commitment("pledged");
    expect(checkMove(current, { to: "slipped" }, TODAY)).toEqual({
      ok: false,
      problems: [
        { field: "dueOn", key: "dueNotLater", values: { current: "2026-05-01" } },
        { field: "reason", key: "reasonRequired" },
      ],
    });
    expect(checkMove(current, { to: "slipped", dueOn: "2026-05-01", reason: "late" }, TODAY)).toMatchObject({
      ok: false,
      problems: [{ field: "dueOn", key: "dueNotLater" }],
    });
    expect(checkMove(current, { to: "slipped", dueOn: "2026-05-02", reason: "  " }, TODAY)).toMatchObject({
      ok: false,
      problems: [{ field: "reason", key: "reasonRequired" }],
    });
  });

  it("a slip keeps both due dates in the event", () => {
    const result = checkMove(commitment("pledged"), { to: "slipped", dueOn: "2026-05-02", reason: "late", on: "2026-04-20" }, TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        from: "pledged",
        to: "slipped",
        on: "2026-04-20",
        dueBefore: "2026-05-01",
        dueAfter: "2026-05-02",
        reason: "late",
        evidence: null,
        evidenceUrl: null,
      },
    });
  });

  it("a withdrawal needs a reason", () => {
    expect(checkMove(commitment("in_progress"), { to: "withdrawn" }, TODAY)).toEqual({
      ok: false,
      problems: [{ field: "reason", key: "reasonRequired" }],
    });
  });

  it("a delivery takes its date from today when none is given, and may carry evidence and a web link", () => {
    const result = checkMove(commitment("pledged"), { to: "delivered", evidence: "Report", evidenceUrl: "http://example.org/r" }, TODAY);
    expect(result).toMatchObject({ ok: true, value: { on: TODAY, evidence: "Report", evidenceUrl: "http://example.org/r" } });
    expect(checkMove(commitment("pledged"), { to: "delivered" }, TODAY)).toMatchObject({ ok: true, value: { evidence: null } });
  });

  it("refuses a link that is not http or https", () => {
    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "example.org", "mailto:a@b.org"]) {
      expect(checkMove(commitment("pledged"), { to: "delivered", evidenceUrl: url }, TODAY)).toEqual({
        ok: false,
        problems: [{ field: "evidenceUrl", key: "webAddress" }],
      });
    }
    expect(isWebAddress("https://example.org")).toBe(true);
  });

  it("refuses what does not belong to the move: a new due date outside a slip, evidence outside a delivery", () => {
    expect(
      checkMove(commitment("pledged"), { to: "in_progress", dueOn: "2026-08-01", evidence: "x", evidenceUrl: "https://a.org" }, TODAY),
    ).toEqual({
      ok: false,
      problems: [
        { field: "dueOn", key: "notForMove", values: { to: "in_progress" } },
        { field: "evidence", key: "notForMove", values: { to: "in_progress" } },
        { field: "evidenceUrl", key: "notForMove", values: { to: "in_progress" } },
      ],
    });
  });

  it("reports every problem at once, the refused move among them", () => {
    const result = checkMove(commitment("delivered"), { to: "slipped", on: "2027-01-01" }, TODAY);
    expect(result.ok === false && result.problems.map((problem) => problem.field)).toEqual(["to", "on", "dueOn", "reason"]);
  });
});

describe("the dates of a move", () => {
  it("a move takes effect no later than today, no earlier than the pledge and the last move", () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, dayArb, (pledgedOn, statusOnRaw, on, today) => {
        const statusOn = statusOnRaw < pledgedOn ? pledgedOn : statusOnRaw;
        const result = checkMove(commitment("pledged", { pledgedOn, statusOn }), { to: "delivered", on }, today);
        expect(result.ok).toBe(on <= today && on >= pledgedOn && on >= statusOn);
      }),
    );
  });

  it("boundaries: delivered today, on the pledge's day, on the due date, a day too early or late", () => {
    const current = commitment("pledged", { pledgedOn: "2026-05-01", statusOn: "2026-05-01", currentDueOn: "2026-06-15" });
    expect(checkMove(current, { to: "delivered", on: TODAY }, TODAY).ok).toBe(true);
    expect(checkMove(current, { to: "delivered", on: "2026-05-01" }, TODAY).ok).toBe(true);
    expect(checkMove(current, { to: "delivered", on: "2026-06-16" }, TODAY)).toMatchObject({
      ok: false,
      problems: [{ field: "on", key: "dateInFuture" }],
    });
    expect(checkMove(current, { to: "delivered", on: "2026-04-30" }, TODAY)).toMatchObject({
      ok: false,
      problems: [{ field: "on", key: "beforePledge" }],
    });
    const moved = { ...current, statusOn: "2026-06-01" };
    expect(checkMove(moved, { to: "delivered", on: "2026-05-31" }, TODAY)).toMatchObject({
      ok: false,
      problems: [{ field: "on", key: "beforeLastMove" }],
    });
  });

  it("a slip is accepted exactly when the new due date is later than the current one", () => {
    fc.assert(
      fc.property(dayArb, dayArb, (currentDueOn, dueOn) => {
        const result = checkMove(commitment("slipped", { currentDueOn }), { to: "slipped", dueOn, reason: "r", on: "2026-02-02" }, TODAY);
        expect(result.ok).toBe(dueOn > currentDueOn);
      }),
    );
  });

  it("a pledge is due on or after the day it is made, and made no later than today", () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, (pledgedOn, dueOn, today) => {
        const problems = checkPledge({ pledgedOn, dueOn }, today);
        expect(problems.some((problem) => problem.field === "dueOn")).toBe(dueOn < pledgedOn);
        expect(problems.some((problem) => problem.field === "pledgedOn")).toBe(pledgedOn > today);
      }),
    );
    expect(checkPledge({ pledgedOn: TODAY, dueOn: TODAY }, TODAY)).toEqual([]);
  });

  it("overdue means open with a current due date before today: due today is not overdue, due yesterday is", () => {
    expect(isOverdue({ status: "pledged", currentDueOn: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: "pledged", currentDueOn: "2026-06-14" }, TODAY)).toBe(true);
    expect(isOverdue({ status: "slipped", currentDueOn: "2026-06-14" }, TODAY)).toBe(true);
    expect(isOverdue({ status: "delivered", currentDueOn: "2026-06-14" }, TODAY)).toBe(false);
    expect(isOverdue({ status: "withdrawn", currentDueOn: "2026-06-14" }, TODAY)).toBe(false);
  });
});

describe("what a move does to the commitment", () => {
  it("a first slip sets the first slip's date and the current due date; a second keeps the first date", () => {
    const effect = {
      from: "pledged",
      to: "slipped",
      on: "2026-04-01",
      dueBefore: "2026-05-01",
      dueAfter: "2026-06-01",
      reason: "r",
      evidence: null,
      evidenceUrl: null,
    } as const;
    expect(applyMove({ firstSlippedOn: null }, effect)).toEqual({
      status: "slipped",
      statusOn: "2026-04-01",
      currentDueOn: "2026-06-01",
      firstSlippedOn: "2026-04-01",
    });
    expect(applyMove({ firstSlippedOn: "2026-03-01" }, effect)).toEqual({
      status: "slipped",
      statusOn: "2026-04-01",
      currentDueOn: "2026-06-01",
    });
  });

  it("a delivery sets its date and evidence, a withdrawal its date; neither touches a due date", () => {
    const base = {
      from: "in_progress",
      on: "2026-04-01",
      dueBefore: null,
      dueAfter: null,
      reason: null,
      evidence: "e",
      evidenceUrl: null,
    } as const;
    expect(applyMove({ firstSlippedOn: null }, { ...base, to: "delivered" })).toEqual({
      status: "delivered",
      statusOn: "2026-04-01",
      deliveredOn: "2026-04-01",
      evidence: "e",
      evidenceUrl: null,
    });
    expect(applyMove({ firstSlippedOn: null }, { ...base, to: "withdrawn" })).toEqual({
      status: "withdrawn",
      statusOn: "2026-04-01",
      withdrawnOn: "2026-04-01",
    });
    expect(applyMove({ firstSlippedOn: null }, { ...base, to: "in_progress" })).toEqual({ status: "in_progress", statusOn: "2026-04-01" });
  });
});

describe("who may pledge, move and edit", () => {
  const REACHES: MembershipReach[] = [
    "ownOrganization",
    "inReadablePartnerships",
    "inManageablePartnerships",
    "ofOrganizationsCreatedByMe",
  ];
  const relations: MemberRelation[] = Array.from(
    { length: 2 ** REACHES.length },
    (_, bits) => Object.fromEntries(REACHES.map((reach, index) => [reach, (bits & (1 << index)) !== 0])) as MemberRelation,
  );
  /** Written out from the issue: partners their own organization, coordinators what they manage, officers and evaluators read only. */
  const expected: Record<Role, (relation: MemberRelation) => boolean> = {
    admin: () => true,
    coordinator: (relation) => relation.inManageablePartnerships,
    partner: (relation) => relation.ownOrganization,
    program_officer: () => false,
    evaluator: () => false,
  };

  for (const role of ROLES) {
    it(`${role}: every relation to the member, every status, every target`, () => {
      for (const relation of relations) {
        const may = mayPledge(role, relation);
        expect(may).toBe(expected[role](relation));
        for (const status of COMMITMENT_STATUSES) {
          const moves = movesFor(status, may);
          for (const to of COMMITMENT_STATUSES) expect(moves.includes(to)).toBe(may && EXPECTED[status].includes(to));
        }
      }
    });
  }

  it("a partner user may not act for a member that is not its organization, even in its own partnership", () => {
    expect(mayPledge("partner", { ...NO_RELATION, inReadablePartnerships: true, inManageablePartnerships: true })).toBe(false);
  });
});
