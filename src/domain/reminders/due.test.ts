import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  dueDigests,
  dueMeetingNotices,
  dueReminders,
  meetingNoticePeriod,
  reminderKey,
  type ReminderCommitment,
  type ReminderContact,
  type ReminderMeeting,
  type ReminderWorld,
} from "./due.js";
import { addDays, daysBetween, isoWeek } from "./period.js";

// Tuesday 1 December 2026, 14:00 UTC.
const AT = new Date("2026-12-01T14:00:00.000Z");

function contact(overrides: Partial<ReminderContact> = {}): ReminderContact {
  return { id: "c-ana", name: "Ana", email: "ana@example.org", language: "en", unsubscribed: false, optedOut: false, ...overrides };
}

function commitment(overrides: Partial<ReminderCommitment> = {}): ReminderCommitment {
  return {
    id: "k1",
    partnershipId: "p1",
    organizationId: "o1",
    organizationName: "Youth Services",
    description: "Run the drop-in",
    pledgedOn: "2026-10-01",
    currentDueOn: "2026-12-05",
    status: "pledged",
    deliveredOn: null,
    ...overrides,
  };
}

function meeting(overrides: Partial<ReminderMeeting> = {}): ReminderMeeting {
  return {
    id: "m1",
    partnershipId: "p1",
    title: "December meeting",
    startsAt: "2026-12-03T18:00:00.000Z",
    endsAt: "2026-12-03T20:00:00.000Z",
    location: "City hall",
    status: "scheduled",
    previousStartsAt: null,
    ...overrides,
  };
}

function world(overrides: Partial<ReminderWorld> & { member?: ReminderContact | null; noticeDays?: number | null } = {}): ReminderWorld {
  return {
    partnerships: overrides.partnerships ?? [
      {
        id: "p1",
        name: "Northside",
        noticeDays: overrides.noticeDays === undefined ? null : overrides.noticeDays,
        members: [
          {
            organizationId: "o1",
            organizationName: "Youth Services",
            contact: overrides.member === undefined ? contact() : overrides.member,
          },
        ],
      },
    ],
    commitments: overrides.commitments ?? [commitment()],
    meetings: overrides.meetings ?? [],
  };
}

describe("periods", () => {
  it("names ISO weeks, the days around New Year included", () => {
    expect(isoWeek("2026-12-01")).toBe("2026-W49");
    expect(isoWeek("2026-11-30")).toBe("2026-W49"); // Monday
    expect(isoWeek("2026-12-06")).toBe("2026-W49"); // Sunday
    expect(isoWeek("2026-12-07")).toBe("2026-W50");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2027-01-04")).toBe("2027-W01");
    expect(isoWeek("2025-12-29")).toBe("2026-W01");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
  });

  it("gives the seven days from a Monday one week, and the next Monday the next", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (offset) => {
        const monday = addDays("2024-01-01", offset * 7);
        const week = isoWeek(monday);
        for (let day = 1; day < 7; day += 1) expect(isoWeek(addDays(monday, day))).toBe(week);
        expect(isoWeek(addDays(monday, 7))).not.toBe(week);
        expect(daysBetween(monday, addDays(monday, 7))).toBe(7);
      }),
    );
  });

  it("keys a reminder by kind, period, partnership and recipient, the same every time", () => {
    const parts = { kind: "digest", period: "2026-W49", partnershipId: "p1", contactId: "c1" } as const;
    expect(reminderKey(parts)).toBe("digest|2026-W49|p1|c1");
    expect(reminderKey(parts)).toBe(reminderKey({ ...parts }));
    expect(reminderKey({ ...parts, kind: "meeting_notice" })).not.toBe(reminderKey(parts));
    expect(reminderKey({ ...parts, partnershipId: "p2" })).not.toBe(reminderKey(parts));
    expect(reminderKey({ ...parts, contactId: "c2" })).not.toBe(reminderKey(parts));
    expect(reminderKey({ ...parts, period: "2026-W50" })).not.toBe(reminderKey(parts));
  });
});

describe("the weekly digest", () => {
  it("lists overdue commitments and those due within 7 days, today and the seventh day included", () => {
    const commitments = [
      commitment({ id: "yesterday", currentDueOn: "2026-11-30" }),
      commitment({ id: "today", currentDueOn: "2026-12-01" }),
      commitment({ id: "seventh", currentDueOn: "2026-12-08" }),
      commitment({ id: "eighth", currentDueOn: "2026-12-09" }),
      commitment({ id: "long-ago", currentDueOn: "2026-01-15", status: "slipped" }),
    ];
    const [digest, ...others] = dueDigests(AT, world({ commitments }));
    expect(others).toEqual([]);
    expect(digest).toMatchObject({
      kind: "digest",
      period: "2026-W49",
      key: "digest|2026-W49|p1|c-ana",
      organizationName: "Youth Services",
    });
    if (digest?.kind !== "digest") throw new Error("no digest");
    expect(digest.overdue.map((item) => item.commitmentId)).toEqual(["long-ago", "yesterday"]);
    expect(digest.dueSoon.map((item) => item.commitmentId)).toEqual(["today", "seventh"]);
  });

  it("leaves out delivered, withdrawn and not-yet-pledged commitments, and sends nothing when none is left", () => {
    const commitments = [
      commitment({ id: "a", status: "delivered", deliveredOn: "2026-11-20", currentDueOn: "2026-11-25" }),
      commitment({ id: "b", status: "withdrawn", currentDueOn: "2026-11-25" }),
      commitment({ id: "c", pledgedOn: "2026-12-02", currentDueOn: "2026-12-03" }),
      commitment({ id: "d", currentDueOn: "2026-12-20" }),
    ];
    expect(dueDigests(AT, world({ commitments }))).toEqual([]);
  });

  it("goes to each member about its own commitments only", () => {
    const partnerships = [
      {
        id: "p1",
        name: "Northside",
        noticeDays: null,
        members: [
          { organizationId: "o1", organizationName: "Youth Services", contact: contact() },
          { organizationId: "o2", organizationName: "Police", contact: contact({ id: "c-bo", email: "bo@example.org" }) },
          { organizationId: "o3", organizationName: "Schools", contact: contact({ id: "c-cy", email: "cy@example.org" }) },
        ],
      },
    ];
    const commitments = [commitment({ id: "k1" }), commitment({ id: "k2", organizationId: "o2", organizationName: "Police" })];
    const digests = dueDigests(AT, world({ partnerships, commitments }));
    expect(
      digests.map((digest) => [digest.contact.email, digest.kind === "digest" ? digest.dueSoon.map((item) => item.commitmentId) : []]),
    ).toEqual([
      ["ana@example.org", ["k1"]],
      ["bo@example.org", ["k2"]],
    ]);
  });

  it("is not sent to a contact without email, unsubscribed, or whose user opted out, nor to a member without a contact", () => {
    for (const member of [
      contact({ email: null }),
      contact({ email: "  " }),
      contact({ unsubscribed: true }),
      contact({ optedOut: true }),
      null,
    ]) {
      expect(dueDigests(AT, world({ member }))).toEqual([]);
      expect(dueMeetingNotices(AT, world({ member, meetings: [meeting()] }))).toEqual([]);
    }
  });

  it("keeps the same key through the week and changes it on Monday", () => {
    const keys = (at: string) =>
      dueDigests(new Date(at), world({ commitments: [commitment({ currentDueOn: "2026-12-01" })] })).map((d) => d.key);
    expect(keys("2026-11-30T00:00:00.000Z")).toEqual(["digest|2026-W49|p1|c-ana"]);
    expect(keys("2026-12-06T23:59:59.000Z")).toEqual(["digest|2026-W49|p1|c-ana"]);
    expect(keys("2026-12-07T00:00:00.000Z")).toEqual(["digest|2026-W50|p1|c-ana"]);
  });

  it("is in the contact's language", () => {
    const [digest] = dueDigests(AT, world({ member: contact({ language: "fr" }) }));
    expect(digest?.contact.language).toBe("fr");
  });
});

describe("the meeting notice", () => {
  it("goes out for a meeting on a day from today to today + the notice days (3 by default), not one day further", () => {
    const days = (startsAt: string, noticeDays: number | null = null) =>
      dueMeetingNotices(AT, world({ noticeDays, meetings: [meeting({ startsAt })] })).length;
    expect(days("2026-12-01T18:00:00.000Z")).toBe(1); // later today
    expect(days("2026-12-04T23:59:00.000Z")).toBe(1); // third day, just inside
    expect(days("2026-12-05T00:00:00.000Z")).toBe(0); // fourth day, just outside
    expect(days("2026-12-08T09:00:00.000Z", 7)).toBe(1);
    expect(days("2026-12-09T09:00:00.000Z", 7)).toBe(0);
    expect(days("2026-12-02T09:00:00.000Z", 0)).toBe(0);
    expect(days("2026-12-01T15:00:00.000Z", 0)).toBe(1);
  });

  it("is not sent for a meeting that has started or was cancelled", () => {
    expect(dueMeetingNotices(AT, world({ meetings: [meeting({ startsAt: "2026-12-01T14:00:00.000Z" })] }))).toEqual([]);
    expect(dueMeetingNotices(AT, world({ meetings: [meeting({ startsAt: "2026-12-01T13:00:00.000Z" })] }))).toEqual([]);
    expect(dueMeetingNotices(AT, world({ meetings: [meeting({ status: "cancelled" })] }))).toEqual([]);
  });

  it("lists the partnership's open commitments and those delivered since the previous meeting", () => {
    const commitments = [
      commitment({ id: "open-police", organizationId: "o2", organizationName: "Police", currentDueOn: "2027-02-01" }),
      commitment({ id: "open", currentDueOn: "2026-11-01", status: "slipped" }),
      commitment({ id: "delivered-since", status: "delivered", deliveredOn: "2026-11-10" }),
      commitment({ id: "delivered-that-day", status: "delivered", deliveredOn: "2026-11-05" }),
      commitment({ id: "delivered-before", status: "delivered", deliveredOn: "2026-10-20" }),
      commitment({ id: "withdrawn", status: "withdrawn" }),
      commitment({ id: "other-partnership", partnershipId: "p2" }),
    ];
    const [notice] = dueMeetingNotices(AT, world({ commitments, meetings: [meeting({ previousStartsAt: "2026-11-05T18:00:00.000Z" })] }));
    if (notice?.kind !== "meeting_notice") throw new Error("no notice");
    expect(notice.open.map((item) => item.commitmentId)).toEqual(["open-police", "open"]);
    expect(notice.delivered.map((item) => item.commitmentId)).toEqual(["delivered-since"]);
    const [first] = dueMeetingNotices(AT, world({ commitments, meetings: [meeting()] }));
    if (first?.kind !== "meeting_notice") throw new Error("no notice");
    expect(first.delivered.map((item) => item.commitmentId).sort()).toEqual(["delivered-before", "delivered-since", "delivered-that-day"]);
  });

  it("is keyed by the meeting and its start, so a moved meeting gets a new notice and an edited one does not", () => {
    const key = (m: ReminderMeeting) => dueMeetingNotices(AT, world({ meetings: [m] }))[0]?.key;
    const original = meeting();
    expect(meetingNoticePeriod(original)).toBe("m1@2026-12-03T18:00:00.000Z");
    expect(key(original)).toBe("meeting_notice|m1@2026-12-03T18:00:00.000Z|p1|c-ana");
    expect(key({ ...original, title: "Renamed", location: "Library" })).toBe(key(original));
    expect(key({ ...original, startsAt: "2026-12-03T19:00:00.000Z" })).not.toBe(key(original));
  });

  it("is sent even with nothing up for review, one per member with a reachable contact", () => {
    const partnerships = [
      {
        id: "p1",
        name: "Northside",
        noticeDays: 3,
        members: [
          { organizationId: "o1", organizationName: "Youth Services", contact: contact() },
          { organizationId: "o2", organizationName: "Police", contact: contact({ id: "c-bo", email: "bo@example.org", language: "fr" }) },
          { organizationId: "o3", organizationName: "Schools", contact: null },
        ],
      },
    ];
    const notices = dueMeetingNotices(AT, world({ partnerships, commitments: [], meetings: [meeting()] }));
    expect(notices.map((notice) => [notice.contact.email, notice.contact.language])).toEqual([
      ["ana@example.org", "en"],
      ["bo@example.org", "fr"],
    ]);
  });

  it("is not sent for a meeting of a partnership not given (one that is not active)", () => {
    expect(dueMeetingNotices(AT, world({ meetings: [meeting({ partnershipId: "p9" })] }))).toEqual([]);
  });
});

describe("everything due", () => {
  it("gives every reminder a distinct key", () => {
    const due = dueReminders(AT, world({ meetings: [meeting(), meeting({ id: "m2", startsAt: "2026-12-02T09:00:00.000Z" })] }));
    expect(due.map((reminder) => reminder.kind)).toEqual(["digest", "meeting_notice", "meeting_notice"]);
    expect(new Set(due.map((reminder) => reminder.key)).size).toBe(3);
  });
});
