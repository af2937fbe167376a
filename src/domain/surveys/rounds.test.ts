import { describe, expect, it } from "vitest";
import {
  checkRoundDates,
  invitationsDue,
  lastMailAt,
  linkExpiry,
  respondentsToRemind,
  roundStatus,
  type MailedRespondent,
} from "./rounds.js";

const ROUND = { opensOn: "2026-12-01", closesOn: "2026-12-15", closedAt: null };

describe("a round's status", () => {
  it("is scheduled before its opening day, open from it through its closing day, closed after", () => {
    expect(roundStatus(ROUND, "2026-11-30")).toBe("scheduled");
    expect(roundStatus(ROUND, "2026-12-01")).toBe("open");
    expect(roundStatus(ROUND, "2026-12-15")).toBe("open");
    expect(roundStatus(ROUND, "2026-12-16")).toBe("closed");
  });

  it("is closed once closed early, even before its closing day or its opening day", () => {
    expect(roundStatus({ ...ROUND, closedAt: "2026-12-05T10:00:00.000Z" }, "2026-12-05")).toBe("closed");
    expect(roundStatus({ ...ROUND, closedAt: "2026-11-20T10:00:00.000Z" }, "2026-11-20")).toBe("closed");
    expect(invitationsDue({ ...ROUND, closedAt: "2026-12-05T10:00:00.000Z" }, "2026-12-05")).toBe(false);
    expect(invitationsDue(ROUND, "2026-12-01")).toBe(true);
    expect(invitationsDue(ROUND, "2026-11-30")).toBe(false);
  });
});

describe("a round's dates", () => {
  it("may open and close on the same day, today", () => {
    expect(checkRoundDates({ opensOn: "2026-12-01", closesOn: "2026-12-01" }, "2026-12-01")).toBeNull();
  });

  it("cannot close before they open", () => {
    expect(checkRoundDates({ opensOn: "2026-12-10", closesOn: "2026-12-09" }, "2026-12-01")).toEqual({
      field: "closesOn",
      key: "closesBeforeOpens",
    });
  });

  it("cannot close on a day already past", () => {
    expect(checkRoundDates({ opensOn: "2026-11-01", closesOn: "2026-11-30" }, "2026-12-01")).toEqual({
      field: "closesOn",
      key: "closesInPast",
    });
  });
});

describe("a personal link", () => {
  it("works until the end of the closing day, UTC, across months and years", () => {
    expect(linkExpiry("2026-12-15")).toBe("2026-12-16T00:00:00.000Z");
    expect(linkExpiry("2026-12-31")).toBe("2027-01-01T00:00:00.000Z");
    expect(linkExpiry("2028-02-28")).toBe("2028-02-29T00:00:00.000Z");
  });
});

describe("reminders", () => {
  const weekly = { ...ROUND, reminderDays: 7 };
  const invited: MailedRespondent = {
    id: "r1",
    submitted: false,
    revoked: false,
    invitedAt: "2026-12-01T09:00:00.000Z",
    lastRemindedAt: null,
  };

  it("are due once the interval has passed since the last mail, counted in UTC days", () => {
    expect(respondentsToRemind(weekly, [invited], new Date("2026-12-07T23:59:00.000Z"))).toEqual([]);
    expect(respondentsToRemind(weekly, [invited], new Date("2026-12-08T00:01:00.000Z"))).toEqual([
      { respondentId: "r1", key: "reminder|r1|2026-12-01T09:00:00.000Z" },
    ]);
  });

  it("give one key per interval however often they are computed, and the next interval a new one", () => {
    const first = respondentsToRemind(weekly, [invited], new Date("2026-12-08T10:00:00.000Z"));
    const again = respondentsToRemind(weekly, [invited], new Date("2026-12-09T10:00:00.000Z"));
    expect(again).toEqual(first);
    const reminded = { ...invited, lastRemindedAt: "2026-12-08T10:00:00.000Z" };
    expect(respondentsToRemind(weekly, [reminded], new Date("2026-12-14T10:00:00.000Z"))).toEqual([]);
    const next = respondentsToRemind(weekly, [reminded], new Date("2026-12-15T10:00:00.000Z"));
    expect(next).toEqual([{ respondentId: "r1", key: "reminder|r1|2026-12-08T10:00:00.000Z" }]);
    expect(next[0]?.key).not.toBe(first[0]?.key);
  });

  it("count from a new link sent since the last reminder", () => {
    const relinked = { ...invited, invitedAt: "2026-12-10T10:00:00.000Z", lastRemindedAt: "2026-12-08T10:00:00.000Z" };
    expect(lastMailAt(relinked)).toBe("2026-12-10T10:00:00.000Z");
    expect(respondentsToRemind(weekly, [relinked], new Date("2026-12-15T10:00:00.000Z"))).toEqual([]);
  });

  it("are never due to those who submitted, whose link was revoked, who were never invited, or in a round without reminders", () => {
    const at = new Date("2026-12-10T10:00:00.000Z");
    const others: MailedRespondent[] = [
      { ...invited, id: "submitted", submitted: true },
      { ...invited, id: "revoked", revoked: true },
      { ...invited, id: "uninvited", invitedAt: null },
    ];
    expect(respondentsToRemind(weekly, others, at)).toEqual([]);
    expect(respondentsToRemind({ ...weekly, reminderDays: null }, [invited], at)).toEqual([]);
  });

  it("stop when the round closes, early or on its date", () => {
    expect(
      respondentsToRemind({ ...weekly, closedAt: "2026-12-09T00:00:00.000Z" }, [invited], new Date("2026-12-10T10:00:00.000Z")),
    ).toEqual([]);
    expect(respondentsToRemind(weekly, [invited], new Date("2026-12-16T10:00:00.000Z"))).toEqual([]);
  });
});
