import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changesSequence, endsAfterStart, meetingDay, reviewReason, summarizeReview, type ReviewedCommitment } from "./review.js";

const open = (pledgedOn: string): ReviewedCommitment => ({ pledgedOn, deliveredOn: null, withdrawnOn: null });

describe("reviewReason", () => {
  const day = "2026-03-10";
  const previous = "2026-02-10";
  it("lists a commitment open on the meeting's day, pledged on that day too", () => {
    expect(reviewReason(open("2026-01-01"), day, previous)).toBe("open");
    expect(reviewReason(open(day), day, previous)).toBe("open");
  });
  it("does not list one pledged after the meeting", () => {
    expect(reviewReason(open("2026-03-11"), day, previous)).toBeNull();
  });
  it("lists a delivery made after the previous meeting's day, up to this meeting's day", () => {
    const delivered = (deliveredOn: string) => ({ pledgedOn: "2026-01-01", deliveredOn, withdrawnOn: null });
    expect(reviewReason(delivered("2026-02-11"), day, previous)).toBe("delivered");
    expect(reviewReason(delivered(day), day, previous)).toBe("delivered");
    expect(reviewReason(delivered(previous), day, previous)).toBeNull();
    // Delivered after the meeting: it was still open on the day.
    expect(reviewReason(delivered("2026-03-11"), day, previous)).toBe("open");
  });
  it("lists every delivery so far at the first meeting", () => {
    expect(reviewReason({ pledgedOn: "2025-01-01", deliveredOn: "2025-02-01", withdrawnOn: null }, day, null)).toBe("delivered");
  });
  it("does not list a commitment withdrawn by the meeting's day, but lists one withdrawn after it", () => {
    expect(reviewReason({ pledgedOn: "2026-01-01", deliveredOn: null, withdrawnOn: day }, day, previous)).toBeNull();
    expect(reviewReason({ pledgedOn: "2026-01-01", deliveredOn: null, withdrawnOn: "2026-03-11" }, day, previous)).toBe("open");
  });
  it("brings each delivery up at exactly one of a series of meetings", () => {
    const dayArb = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(dayArb, { minLength: 1, maxLength: 12 }), dayArb, dayArb, (meetingDays, a, b) => {
        const [pledgedOn, deliveredOn] = a <= b ? [a, b] : [b, a];
        const days = [...meetingDays].sort();
        const last = days[days.length - 1] ?? "";
        const reasons = days.map((d, i) => reviewReason({ pledgedOn, deliveredOn, withdrawnOn: null }, d, days[i - 1] ?? null));
        const deliveredAt = reasons.filter((reason) => reason === "delivered").length;
        expect(deliveredAt).toBe(deliveredOn <= last ? 1 : 0);
      }),
    );
  });
});

describe("summarizeReview", () => {
  it("counts each report and the commitments with none", () => {
    expect(summarizeReview(["delivered", "on_track", "on_track", "slipping", null])).toEqual({
      delivered: 1,
      onTrack: 2,
      slipping: 1,
      unreported: 1,
    });
  });
});

describe("meeting times", () => {
  it("takes the UTC day of a start given with an offset", () => {
    expect(meetingDay("2026-03-04T23:30:00-05:00")).toBe("2026-03-05");
    expect(meetingDay("2026-03-05T00:30:00+02:00")).toBe("2026-03-04");
  });
  it("refuses a meeting that ends when or before it starts, across offsets", () => {
    expect(endsAfterStart("2026-03-04T18:00:00-05:00", "2026-03-04T23:01:00Z")).toBe(true);
    expect(endsAfterStart("2026-03-04T18:00:00-05:00", "2026-03-04T23:00:00Z")).toBe(false);
    expect(endsAfterStart("2026-03-04T18:00:00Z", "2026-03-04T17:00:00Z")).toBe(false);
  });
  it("raises the sequence for a change of title, times, place, agenda or status, not of minutes", () => {
    const base = {
      title: "Table",
      startsAt: "2026-03-04T18:00:00.000Z",
      endsAt: "2026-03-04T19:00:00.000Z",
      location: "Hall",
      agenda: null,
      status: "scheduled",
    };
    expect(changesSequence(base, { ...base })).toBe(false);
    for (const change of [
      { title: "Other" },
      { startsAt: "2026-03-04T17:00:00.000Z" },
      { endsAt: "2026-03-04T20:00:00.000Z" },
      { location: "Online" },
      { agenda: "1. Review" },
      { status: "cancelled" },
    ]) {
      expect(changesSequence(base, { ...base, ...change })).toBe(true);
    }
  });
});
