import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewReason } from "../../../domain/meetings/review.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildContact, buildOrganization, buildPartnership } from "../../../../test/support/factories.js";
import { buildActivityFromMeeting, buildCommitment, buildMeeting } from "../../../../test/support/meetings-factories.js";

const HOUR = 3_600_000;
const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString();

for (const dialect of DIALECTS) {
  describe(`meetings on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let own: string;
    const count = async (table: "meetings" | "meeting_attendance" | "meeting_reviews") =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      own = t.world.partnerships.own.id;
    });
    afterAll(() => t.close());

    it("schedules a meeting given with offsets and answers its times in UTC", async () => {
      const res = await t.as("coordinator").post(`/api/v1/partnerships/${own}/meetings`, {
        title: "Table de concertation — mars",
        startsAt: "2026-03-04T18:30:00-05:00",
        endsAt: "2026-03-04T20:00:00-05:00",
        location: "Centre communautaire, salle 2",
        agenda: "1. Bilan des engagements\n2. Varia",
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        partnershipId: own,
        startsAt: "2026-03-04T23:30:00.000Z",
        endsAt: "2026-03-05T01:00:00.000Z",
        status: "scheduled",
        sequence: 0,
        version: 1,
        attendance: [],
        actionItems: { commitments: [], activities: [] },
        abilities: { update: true, cancel: true },
      });
      const audit = await t.database.db
        .selectFrom("audit_events")
        .select(["action", "entity"])
        .where("entity_id", "=", res.json().id)
        .execute();
      expect(audit).toEqual([{ action: "create", entity: "meeting" }]);
    });

    it("refuses a meeting that ends before it starts, or is given without an offset, naming the field", async () => {
      const before = await count("meetings");
      const backwards = await t.as("coordinator").post(`/api/v1/partnerships/${own}/meetings`, {
        title: "Backwards",
        startsAt: "2026-03-04T18:00:00Z",
        endsAt: "2026-03-04T12:59:00-05:00",
        location: "Online",
      });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error.details.map((d: { field: string }) => d.field)).toEqual(["endsAt"]);
      const local = await t.as("coordinator").post(`/api/v1/partnerships/${own}/meetings`, {
        title: "Local",
        startsAt: "2026-03-04T18:00:00",
        endsAt: "2026-03-04T19:00:00Z",
        location: "Online",
      });
      expect(local.statusCode).toBe(400);
      expect(local.json().error.details.map((d: { field: string }) => d.field)).toEqual(["startsAt"]);
      expect(await count("meetings")).toBe(before);
    });

    it("raises the sequence on each change of title, times, place or agenda, not of minutes, and refuses a stale version", async () => {
      const meeting = await buildMeeting(t.database.db, own);
      const url = `/api/v1/meetings/${meeting.id}`;
      const moved = await t
        .as("coordinator")
        .patch(url, { version: 1, startsAt: "2026-03-10T19:00:00+00:00", endsAt: "2026-03-10T20:30:00Z" });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({ version: 2, sequence: 1, startsAt: "2026-03-10T19:00:00.000Z" });
      const minutes = await t.as("coordinator").patch(url, { version: 2, minutes: "Quorum reached.", decisions: "Adopted the plan." });
      expect(minutes.json()).toMatchObject({ version: 3, sequence: 1, minutes: "Quorum reached." });
      const agenda = await t.as("coordinator").patch(url, { version: 3, agenda: "1. Review" });
      expect(agenda.json()).toMatchObject({ version: 4, sequence: 2 });
      const stale = await t.as("coordinator").patch(url, { version: 3, title: "Too late" });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("conflict");
      const unchanged = await t.as("coordinator").patch(url, { version: 4, agenda: "1. Review" });
      expect(unchanged.json()).toMatchObject({ version: 4, sequence: 2 });
      // An end moved before the stored start is refused on the field given.
      const backwards = await t.as("coordinator").patch(url, { version: 4, endsAt: "2026-03-10T18:00:00Z" });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error.details[0].field).toBe("endsAt");
    });

    it("cancels a meeting, raising its sequence once, and refuses changes afterwards", async () => {
      const meeting = await buildMeeting(t.database.db, own);
      const url = `/api/v1/meetings/${meeting.id}`;
      const cancelled = await t.as("coordinator").post(`${url}/cancel`, {});
      expect(cancelled.json()).toMatchObject({ status: "cancelled", sequence: 1, version: 2, abilities: { update: false, cancel: false } });
      const again = await t.as("coordinator").post(`${url}/cancel`);
      expect(again.json()).toMatchObject({ status: "cancelled", sequence: 1, version: 2 });
      expect((await t.as("coordinator").patch(url, { version: 2, title: "Revived" })).statusCode).toBe(409);
    });

    it("replaces the attendance in one go, and refuses a non-member or another organization's contact, changing nothing", async () => {
      const meeting = await buildMeeting(t.database.db, own);
      const url = `/api/v1/meetings/${meeting.id}/attendance`;
      const { ownLead, ownMember, foreignMember } = t.world.organizations;
      const saved = await t.as("coordinator").put(url, {
        attendees: [
          { organizationId: ownMember.id, contactId: t.world.contacts.own.id, canCommit: true },
          { organizationId: ownLead.id, attendee: "Marie Tremblay", canCommit: false },
        ],
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().attendees).toEqual([
        { organization: { id: ownLead.id, name: "Own Lead Agency" }, attendee: "Marie Tremblay", contact: null, canCommit: false },
        {
          organization: { id: ownMember.id, name: "Own Member School Board" },
          attendee: null,
          contact: { id: t.world.contacts.own.id, name: "Own Contact" },
          canCommit: true,
        },
      ]);
      const before = await count("meeting_attendance");
      const outsider = await t.as("coordinator").put(url, {
        attendees: [
          { organizationId: ownLead.id, canCommit: true },
          { organizationId: foreignMember.id, canCommit: true },
        ],
      });
      expect(outsider.statusCode).toBe(400);
      expect(outsider.json().error.details.map((d: { field: string }) => d.field)).toEqual(["attendees.1.organizationId"]);
      const otherContact = await buildContact(t.database.db, ownLead.id);
      const wrongContact = await t.as("coordinator").put(url, {
        attendees: [{ organizationId: ownMember.id, contactId: otherContact.id, canCommit: true }],
      });
      expect(wrongContact.statusCode).toBe(400);
      expect(wrongContact.json().error.details.map((d: { field: string }) => d.field)).toEqual(["attendees.0.contactId"]);
      const twice = await t.as("coordinator").put(url, {
        attendees: [
          { organizationId: ownLead.id, canCommit: true },
          { organizationId: ownLead.id, canCommit: false },
        ],
      });
      expect(twice.statusCode).toBe(400);
      expect(await count("meeting_attendance")).toBe(before);
      const emptied = await t.as("coordinator").put(url, { attendees: [] });
      expect(emptied.json().attendees).toEqual([]);
    });

    it("lists for review the commitments open at the meeting or delivered since the previous one, as the domain rule says", async () => {
      const db = t.database.db;
      const partnership = await buildPartnership(db, {
        programId: t.world.programs.own.id,
        leadOrganizationId: t.world.organizations.ownLead.id,
      });
      await db
        .insertInto("partnership_coordinators")
        .values({ partnership_id: partnership.id, user_id: t.world.users.coordinator.id })
        .execute();
      const org = t.world.organizations.ownLead.id;
      await buildMeeting(db, partnership.id, { startsAt: "2026-02-10T18:00:00.000Z" });
      // A cancelled meeting in between is not the previous meeting.
      await buildMeeting(db, partnership.id, { startsAt: "2026-03-01T18:00:00.000Z", status: "cancelled" });
      const meeting = await buildMeeting(db, partnership.id, { startsAt: "2026-03-10T18:00:00.000Z" });
      const cases = {
        open: await buildCommitment(db, partnership.id, org, { pledgedOn: "2026-01-05" }),
        pledgedOnTheDay: await buildCommitment(db, partnership.id, org, { pledgedOn: "2026-03-10" }),
        pledgedAfter: await buildCommitment(db, partnership.id, org, { pledgedOn: "2026-03-11" }),
        deliveredSince: await buildCommitment(db, partnership.id, org, { deliveredOn: "2026-03-02" }),
        deliveredBeforePrevious: await buildCommitment(db, partnership.id, org, { deliveredOn: "2026-02-10" }),
        deliveredAfter: await buildCommitment(db, partnership.id, org, { deliveredOn: "2026-03-12" }),
        withdrawnBefore: await buildCommitment(db, partnership.id, org, { withdrawnOn: "2026-03-10" }),
        withdrawnAfter: await buildCommitment(db, partnership.id, org, { withdrawnOn: "2026-03-11" }),
      };
      const res = await t.as("programOfficer").get(`/api/v1/meetings/${meeting.id}/review`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ day: "2026-03-10", previousDay: "2026-02-10", abilities: { report: false } });
      const listed = new Map<string, string>(
        body.data.map((item: { commitment: { id: string }; reason: string }) => [item.commitment.id, item.reason]),
      );
      const rows = await db.selectFrom("commitments").selectAll().where("partnership_id", "=", partnership.id).execute();
      for (const row of rows) {
        const expected = reviewReason(
          { pledgedOn: row.pledged_on, deliveredOn: row.delivered_on, withdrawnOn: row.withdrawn_on },
          "2026-03-10",
          "2026-02-10",
        );
        expect(listed.get(row.id) ?? null, row.description).toBe(expected);
      }
      expect([...listed.keys()].sort()).toEqual(
        [cases.open, cases.pledgedOnTheDay, cases.deliveredSince, cases.deliveredAfter, cases.withdrawnAfter].map((c) => c.id).sort(),
      );
      expect(body.pagination.total).toBe(5);
      expect(body.summary).toEqual({ delivered: 0, onTrack: 0, slipping: 0, unreported: 5 });
    });

    it("records a report-out, replaces it, and refuses a commitment not up for review", async () => {
      const db = t.database.db;
      const meeting = await buildMeeting(db, own, { startsAt: "2027-06-01T17:00:00.000Z" });
      const commitment = await buildCommitment(db, own, t.world.organizations.ownMember.id, { pledgedOn: "2027-01-10" });
      const later = await buildCommitment(db, own, t.world.organizations.ownMember.id, { pledgedOn: "2027-07-01" });
      const url = `/api/v1/meetings/${meeting.id}/review/${commitment.id}`;
      const first = await t.as("coordinator").put(url, { report: "on_track", note: "Posters printed" });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ reason: "open", report: { report: "on_track", note: "Posters printed" } });
      const second = await t.as("coordinator").put(url, { report: "slipping" });
      expect(second.json().report).toMatchObject({ report: "slipping", note: null });
      expect(await count("meeting_reviews")).toBe(1);
      const refused = await t.as("coordinator").put(`/api/v1/meetings/${meeting.id}/review/${later.id}`, { report: "delivered" });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details[0].field).toBe("commitmentId");
      const review = (await t.as("partner").get(`/api/v1/meetings/${meeting.id}/review`)).json();
      expect(review.summary).toMatchObject({ slipping: 1 });
      const foreign = await buildCommitment(db, t.world.partnerships.foreign.id, t.world.organizations.foreignMember.id);
      expect((await t.as("admin").put(`/api/v1/meetings/${meeting.id}/review/${foreign.id}`, { report: "delivered" })).statusCode).toBe(
        404,
      );
      await db.deleteFrom("meetings").where("id", "=", meeting.id).execute();
    });

    it("shows the settings, the next meeting and whether the cadence is kept", async () => {
      const db = t.database.db;
      const lead = await buildOrganization(db);
      const partnership = await buildPartnership(db, { programId: t.world.programs.own.id, leadOrganizationId: lead.id });
      await db
        .insertInto("partnership_coordinators")
        .values({ partnership_id: partnership.id, user_id: t.world.users.coordinator.id })
        .execute();
      const url = `/api/v1/partnerships/${partnership.id}/meetings`;
      const blank = (await t.as("coordinator").get(url)).json();
      expect(blank).toMatchObject({ settings: { cadence: null, noticeDays: 3 }, nextMeeting: null, cadenceKept: null, data: [] });

      const settings = await t
        .as("coordinator")
        .put(`/api/v1/partnerships/${partnership.id}/meeting-settings`, { cadence: "monthly", noticeDays: 5 });
      expect(settings.json()).toEqual({ cadence: "monthly", noticeDays: 5 });
      expect(
        (await t.as("coordinator").put(`/api/v1/partnerships/${partnership.id}/meeting-settings`, { cadence: "monthly", noticeDays: 61 }))
          .statusCode,
      ).toBe(400);

      await buildMeeting(db, partnership.id, { startsAt: inDays(-50) });
      const lapsed = (await t.as("programOfficer").get(url)).json();
      expect(lapsed).toMatchObject({ cadenceKept: false, cadenceProblem: "lastTooOld", nextMeeting: null });

      await buildMeeting(db, partnership.id, { startsAt: inDays(-20) });
      const next = await buildMeeting(db, partnership.id, { startsAt: inDays(10), title: "Next one" });
      await buildMeeting(db, partnership.id, { startsAt: inDays(5), status: "cancelled" });
      const kept = (await t.as("coordinator").get(`${url}?when=upcoming&pageSize=1`)).json();
      expect(kept).toMatchObject({ cadenceKept: true, cadenceProblem: null, nextMeeting: { id: next.id, title: "Next one" } });
      expect(kept.pagination.total).toBe(2);
      const past = (await t.as("coordinator").get(`${url}?when=past`)).json();
      expect(past.data.map((m: { startsAt: string }) => m.startsAt)).toEqual(
        [...past.data.map((m: { startsAt: string }) => m.startsAt)].sort().reverse(),
      );
      expect(past.pagination.total).toBe(2);
    });

    it("lists the commitments and activities made from a meeting's action items", async () => {
      const db = t.database.db;
      const meeting = await buildMeeting(db, own);
      const commitment = await buildCommitment(db, own, t.world.organizations.ownMember.id, {
        meetingId: meeting.id,
        description: "Host the Friday gym",
      });
      const activity = await buildActivityFromMeeting(db, own, meeting.id, "Book the gym");
      const res = (await t.as("evaluator").get(`/api/v1/meetings/${meeting.id}`)).json();
      expect(res.actionItems).toEqual({
        commitments: [
          {
            id: commitment.id,
            description: "Host the Friday gym",
            organization: { id: t.world.organizations.ownMember.id, name: "Own Member School Board" },
            axis: "prevention",
            status: "pledged",
            currentDueOn: "2026-06-30",
          },
        ],
        activities: [{ id: activity.id, title: "Book the gym", objectiveId: activity.objectiveId, status: "planned", dueOn: "2026-05-01" }],
      });
      expect(res.abilities).toEqual({ update: false, cancel: false });
    });

    it("does not show a foreign partnership's meeting", async () => {
      const meeting = await buildMeeting(t.database.db, t.world.partnerships.foreign.id);
      const res = await t.as("coordinator").get(`/api/v1/meetings/${meeting.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toMatch(/meeting/i);
    });
  });
}
