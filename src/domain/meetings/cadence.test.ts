import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCadence, latestNextStart, lastHeldMeeting, MEETING_CADENCES, nextMeeting, type MeetingTimes } from "./cadence.js";

const held = (startsAt: string): MeetingTimes => ({ startsAt, status: "scheduled" });
const cancelled = (startsAt: string): MeetingTimes => ({ startsAt, status: "cancelled" });

describe("latestNextStart", () => {
  it("adds the interval and the grace of each cadence", () => {
    const from = "2026-01-10T18:00:00.000Z";
    expect(latestNextStart("weekly", from)).toBe("2026-01-19T18:00:00.000Z");
    expect(latestNextStart("fortnightly", from)).toBe("2026-01-27T18:00:00.000Z");
    expect(latestNextStart("monthly", from)).toBe("2026-02-17T18:00:00.000Z");
    expect(latestNextStart("bimonthly", from)).toBe("2026-03-20T18:00:00.000Z");
    expect(latestNextStart("quarterly", from)).toBe("2026-04-24T18:00:00.000Z");
  });

  it("clamps a month to the last day of a shorter one", () => {
    expect(latestNextStart("monthly", "2026-01-31T18:00:00.000Z")).toBe("2026-03-07T18:00:00.000Z");
    expect(latestNextStart("quarterly", "2026-11-30T09:00:00.000Z")).toBe("2027-03-14T09:00:00.000Z");
  });

  it("always lies after the meeting it follows", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_CADENCES),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (cadence, from) => {
          expect(new Date(latestNextStart(cadence, from.toISOString())).getTime()).toBeGreaterThan(from.getTime());
        },
      ),
    );
  });
});

describe("last held and next meeting", () => {
  const meetings = [held("2026-01-10T18:00:00Z"), cancelled("2026-02-10T18:00:00Z"), held("2026-03-10T18:00:00Z")];
  it("skips cancelled meetings and counts a meeting that has started as held", () => {
    expect(lastHeldMeeting(meetings, "2026-02-20T00:00:00Z")?.startsAt).toBe("2026-01-10T18:00:00Z");
    expect(nextMeeting(meetings, "2026-02-01T00:00:00Z")?.startsAt).toBe("2026-03-10T18:00:00Z");
    expect(lastHeldMeeting(meetings, "2026-03-10T18:00:00Z")?.startsAt).toBe("2026-03-10T18:00:00Z");
    expect(nextMeeting(meetings, "2026-03-10T18:00:00Z")).toBeNull();
  });
  it("compares instants, not texts in different offsets", () => {
    const offsets = [held("2026-01-10T20:00:00+05:00"), held("2026-01-10T16:00:00Z")];
    expect(lastHeldMeeting(offsets, "2026-02-01T00:00:00Z")?.startsAt).toBe("2026-01-10T16:00:00Z");
  });
});

describe("checkCadence (monthly: due one month and seven days after the last held meeting)", () => {
  const last = held("2026-01-10T18:00:00.000Z");
  const dueBy = "2026-02-17T18:00:00.000Z";

  it("is kept when the next meeting is scheduled on the last moment allowed", () => {
    expect(checkCadence("monthly", [last, held(dueBy)], "2026-01-20T00:00:00.000Z")).toEqual({ kept: true, nextDueBy: dueBy });
  });
  it("is not kept when the next meeting comes a minute too late", () => {
    expect(checkCadence("monthly", [last, held("2026-02-17T18:01:00.000Z")], "2026-01-20T00:00:00.000Z")).toEqual({
      kept: false,
      problem: "nextTooLate",
      nextDueBy: dueBy,
    });
  });
  it("is not kept when nothing is scheduled", () => {
    expect(checkCadence("monthly", [last], "2026-01-20T00:00:00.000Z")).toMatchObject({ kept: false, problem: "noNextMeeting" });
  });
  it("does not count a cancelled meeting as scheduled", () => {
    expect(checkCadence("monthly", [last, cancelled("2026-02-10T18:00:00Z")], "2026-01-20T00:00:00Z")).toMatchObject({
      kept: false,
      problem: "noNextMeeting",
    });
  });
  it("is kept up to the moment the next one is due to start, and late a millisecond after", () => {
    expect(checkCadence("monthly", [last, held(dueBy)], "2026-02-17T17:59:59.999Z")).toMatchObject({ kept: true });
    // At the due moment itself the last meeting is not yet too old; only a meeting could still be missing.
    expect(checkCadence("monthly", [last], dueBy)).toMatchObject({ kept: false, problem: "noNextMeeting" });
    expect(checkCadence("monthly", [last], "2026-02-17T18:00:00.001Z")).toMatchObject({ kept: false, problem: "lastTooOld" });
  });
  it("with no meeting held yet, wants one scheduled within an interval and the grace", () => {
    const asOf = "2026-01-01T00:00:00.000Z";
    expect(checkCadence("weekly", [held("2026-01-10T00:00:00.000Z")], asOf)).toEqual({ kept: true, nextDueBy: "2026-01-10T00:00:00.000Z" });
    expect(checkCadence("weekly", [held("2026-01-10T00:00:01.000Z")], asOf)).toMatchObject({ kept: false, problem: "nextTooLate" });
    expect(checkCadence("weekly", [], asOf)).toMatchObject({ kept: false, problem: "noNextMeeting" });
  });
  it("a meeting every interval keeps every cadence, whatever the day asked about", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEETING_CADENCES), fc.integer({ min: 0, max: 300 }), (cadence, offsetDays) => {
        const meetings: MeetingTimes[] = [];
        let at = "2026-01-05T17:00:00.000Z";
        for (let i = 0; i < 40; i += 1) {
          meetings.push(held(at));
          // The next meeting a day before the grace runs out.
          at = new Date(new Date(latestNextStart(cadence, at)).getTime() - 86_400_000).toISOString();
        }
        const asOf = new Date(new Date("2026-01-05T17:00:00.000Z").getTime() + offsetDays * 86_400_000).toISOString();
        expect(checkCadence(cadence, meetings, asOf).kept).toBe(true);
      }),
    );
  });
});
