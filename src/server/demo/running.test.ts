import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../test/support/databases.js";
import { AXIS_STAGES } from "../../domain/coverage/axis.js";
import { loadDemoIfEmpty } from "./load.js";
import { DEMO_PORTFOLIO } from "./portfolio/index.js";
import { INTENDED_ROLES } from "./portfolio/running-types.js";
import { replayCommitmentEvents } from "../../../test/support/ledger-replay.js";

for (const dialect of DIALECTS) {
  describe(`the demo's running partnerships on ${dialect}`, () => {
    let database: TestDatabase;
    const today = new Date().toISOString().slice(0, 10);
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await loadDemoIfEmpty(database.db);
    });
    afterAll(() => database.close());

    const runningIds = async () => {
      const rows = await database.db.selectFrom("charters").select("partnership_id").execute();
      return rows.map((row) => row.partnership_id);
    };

    it("runs every partnership the demo coordinator and partner belong to, meeting monthly with three days' notice", async () => {
      const db = database.db;
      const partner = await db
        .selectFrom("users")
        .select("organization_id")
        .where("email", "=", "partner@convene.example")
        .executeTakeFirstOrThrow();
      const theirs = await db
        .selectFrom("partnerships")
        .select(["id", "meeting_cadence", "meeting_notice_days"])
        .where((eb) =>
          eb.or([
            eb(
              "id",
              "in",
              eb
                .selectFrom("partnership_coordinators")
                .innerJoin("users", "users.id", "partnership_coordinators.user_id")
                .select("partnership_id")
                .where("users.email", "=", "coordinator@convene.example"),
            ),
            eb(
              "id",
              "in",
              eb
                .selectFrom("memberships")
                .select("partnership_id")
                .where("organization_id", "=", partner.organization_id ?? ""),
            ),
          ]),
        )
        .execute();
      expect(theirs.length).toBe(3);
      expect(new Set(await runningIds())).toEqual(new Set(theirs.map((row) => row.id)));
      for (const row of theirs) expect([row.meeting_cadence, row.meeting_notice_days]).toEqual(["monthly", 3]);
    });

    it("keeps every commitment's dates and status exactly as its events replay them", async () => {
      const db = database.db;
      const commitments = await db.selectFrom("commitments").selectAll().execute();
      const events = await db.selectFrom("commitment_events").selectAll().orderBy("commitment_id").orderBy("at").orderBy("id").execute();
      expect(commitments.length).toBeGreaterThanOrEqual(40);
      for (const commitment of commitments) {
        const own = events.filter((event) => event.commitment_id === commitment.id);
        expect(own.every((event) => event.partnership_id === commitment.partnership_id)).toBe(true);
        const state = replayCommitmentEvents(own, commitment.due_on);
        expect(
          {
            status: commitment.status,
            status_on: commitment.status_on,
            current_due_on: commitment.current_due_on,
            delivered_on: commitment.delivered_on,
            withdrawn_on: commitment.withdrawn_on,
            first_slipped_on: commitment.first_slipped_on,
          },
          commitment.description,
        ).toEqual({
          status: state.status,
          status_on: state.status_on,
          current_due_on: state.current_due_on,
          delivered_on: state.delivered_on,
          withdrawn_on: state.withdrawn_on,
          first_slipped_on: state.first_slipped_on,
        });
        expect(own[0]?.effective_on).toBe(commitment.pledged_on);
        expect(commitment.due_on >= commitment.pledged_on).toBe(true);
        expect(commitment.version).toBe(own.length);
        expect(commitment.status_on <= today).toBe(true);
      }
    });

    it("holds a year of commitments in every state, along all four stages of the axis", async () => {
      const db = database.db;
      const commitments = await db.selectFrom("commitments").selectAll().execute();
      const events = await db.selectFrom("commitment_events").select(["commitment_id", "to_status", "effective_on"]).execute();
      const slips = (id: string) => events.filter((event) => event.commitment_id === id && event.to_status === "slipped").length;
      const open = commitments.filter((row) => row.delivered_on === null && row.withdrawn_on === null);
      const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const found = {
        statuses: new Set(commitments.map((row) => row.status)),
        onTime: commitments.filter((row) => row.delivered_on !== null && row.delivered_on <= row.due_on).length,
        onTheDueDate: commitments.filter((row) => row.delivered_on === row.due_on).length,
        late: commitments.filter((row) => row.delivered_on !== null && row.delivered_on > row.due_on).length,
        slippedThenDelivered: commitments.filter((row) => row.status === "delivered" && row.first_slipped_on !== null).length,
        slippedOnce: open.filter((row) => slips(row.id) === 1).length,
        slippedTwice: commitments.filter((row) => slips(row.id) >= 2).length,
        withdrawnWhenOverdue: commitments.filter((row) => row.withdrawn_on !== null && row.current_due_on < row.withdrawn_on).length,
        withdrawnBeforeDue: commitments.filter((row) => row.withdrawn_on !== null && row.current_due_on >= row.withdrawn_on).length,
        overdue: open.filter((row) => row.current_due_on < today).length,
        dueSoon: open.filter((row) => row.current_due_on >= today && row.current_due_on <= soon).length,
      };
      expect(found.statuses).toEqual(new Set(["pledged", "in_progress", "delivered", "slipped", "withdrawn"]));
      for (const [what, count] of Object.entries(found)) if (typeof count === "number") expect(count, what).toBeGreaterThanOrEqual(1);
      expect(new Set(commitments.map((row) => row.axis))).toEqual(new Set(AXIS_STAGES));
      const pledged = commitments.map((row) => row.pledged_on).sort();
      expect(pledged[0] && pledged[0] < new Date(Date.now() - 330 * 86_400_000).toISOString().slice(0, 10)).toBe(true);
      // Some were action items of a meeting: pledged that day, at a meeting held by their partnership.
      const meetings = await db.selectFrom("meetings").select(["id", "partnership_id", "starts_at", "status"]).execute();
      const fromMeetings = commitments.filter((row) => row.meeting_id !== null);
      expect(fromMeetings.length).toBeGreaterThanOrEqual(3);
      const pledges = await db
        .selectFrom("commitment_events")
        .select(["commitment_id", "meeting_id"])
        .where("from_status", "is", null)
        .execute();
      for (const row of fromMeetings) {
        const meeting = meetings.find((candidate) => candidate.id === row.meeting_id);
        expect([meeting?.partnership_id, meeting?.status, meeting?.starts_at.slice(0, 10)]).toEqual([
          row.partnership_id,
          "scheduled",
          row.pledged_on,
        ]);
        expect(pledges.find((pledge) => pledge.commitment_id === row.id)?.meeting_id).toBe(row.meeting_id);
      }
      // Every commitment was pledged by a member of its partnership, on a day it was a member.
      const members = await db.selectFrom("memberships").select(["partnership_id", "organization_id", "joined_on", "left_on"]).execute();
      for (const row of commitments) {
        const member = members.find((m) => m.partnership_id === row.partnership_id && m.organization_id === row.organization_id);
        expect(member && (member.joined_on ?? "") <= row.pledged_on, row.description).toBe(true);
      }
    });

    it("writes each charter over two or three saves, with intended roles for members, some unlike the type they were measured at", async () => {
      const db = database.db;
      const charters = await db.selectFrom("charters").selectAll().execute();
      const revisions = await db.selectFrom("charter_revisions").selectAll().orderBy("version").execute();
      const lines = await db.selectFrom("charter_members").selectAll().execute();
      const members = await db.selectFrom("memberships").select(["id", "partnership_id", "organization_id"]).execute();
      for (const charter of charters) {
        const own = revisions.filter((revision) => revision.partnership_id === charter.partnership_id);
        expect(own.length).toBeGreaterThanOrEqual(2);
        expect(own.length).toBeLessThanOrEqual(3);
        expect(own.map((revision) => revision.version)).toEqual(own.map((_, index) => index + 1));
        expect(charter.version).toBe(own.length);
        const last = JSON.parse(own.at(-1)?.content ?? "{}") as {
          need: string;
          values: string;
          members: { organizationId: string; intendedRole: string }[];
        };
        expect([last.need, last.values]).toEqual([charter.need, charter.values]);
        expect(JSON.parse(own[0]?.content ?? "{}")).not.toEqual(last);
        const ownLines = lines.filter((line) => line.partnership_id === charter.partnership_id);
        expect(new Set(last.members.map((member) => member.organizationId))).toEqual(new Set(ownLines.map((line) => line.organization_id)));
        for (const line of ownLines) {
          expect(members.some((m) => m.partnership_id === line.partnership_id && m.organization_id === line.organization_id)).toBe(true);
          expect(INTENDED_ROLES).toContain(line.intended_role);
          expect(line.gains && line.expectations).toBeTruthy();
        }
      }
      const measured = await db
        .selectFrom("involvement_records")
        .innerJoin("memberships", "memberships.id", "involvement_records.membership_id")
        .select([
          "memberships.partnership_id",
          "memberships.organization_id",
          "involvement_records.type",
          "involvement_records.perspective",
        ])
        .where("involvement_records.round", "=", "baseline")
        .execute();
      const differ = lines.filter((line) =>
        measured.some(
          (m) => m.partnership_id === line.partnership_id && m.organization_id === line.organization_id && m.type !== line.intended_role,
        ),
      );
      expect(differ.length).toBeGreaterThanOrEqual(3);
    });

    it("plans two or three goals each, with risks, measured objectives with a year of values, and activities in every status", async () => {
      const db = database.db;
      const goals = await db.selectFrom("plan_goals").selectAll().execute();
      const risks = await db.selectFrom("plan_risks").selectAll().execute();
      const objectives = await db.selectFrom("plan_objectives").selectAll().execute();
      const values = await db.selectFrom("measure_values").selectAll().execute();
      const activities = await db.selectFrom("plan_activities").selectAll().execute();
      for (const id of await runningIds()) {
        const own = goals.filter((goal) => goal.partnership_id === id);
        expect(own.length).toBeGreaterThanOrEqual(2);
        expect(own.length).toBeLessThanOrEqual(3);
        for (const goal of own) {
          expect(risks.filter((risk) => risk.goal_id === goal.id && risk.contingency).length).toBeGreaterThanOrEqual(1);
          expect(objectives.some((objective) => objective.goal_id === goal.id && objective.measure_name !== null)).toBe(true);
        }
      }
      for (const objective of objectives.filter((row) => row.measure_name !== null)) {
        expect(["up", "down"]).toContain(objective.measure_direction);
        expect((objective.baseline_on ?? "") < (objective.target_on ?? "")).toBe(true);
        const own = values.filter((value) => value.objective_id === objective.id);
        expect(own.length).toBeGreaterThanOrEqual(6);
        expect(own.every((value) => value.observed_on >= (objective.baseline_on ?? "") && value.observed_on <= today)).toBe(true);
      }
      expect(Math.max(...objectives.map((objective) => values.filter((value) => value.objective_id === objective.id).length))).toBe(12);
      expect(new Set(activities.map((activity) => activity.status))).toEqual(new Set(["planned", "under_way", "done", "dropped"]));
      expect(activities.every((activity) => activity.owner_organization_id !== null && activity.due_on !== null)).toBe(true);
    });

    it("meets monthly: past meetings with attendance, minutes and reviews, one called off, the next one scheduled", async () => {
      const db = database.db;
      const meetings = await db.selectFrom("meetings").selectAll().orderBy("starts_at").execute();
      const attendance = await db.selectFrom("meeting_attendance").selectAll().execute();
      const reviews = await db.selectFrom("meeting_reviews").selectAll().execute();
      const members = await db.selectFrom("memberships").select(["partnership_id", "organization_id"]).execute();
      const commitments = await db.selectFrom("commitments").select(["id", "partnership_id", "pledged_on"]).execute();
      const now = new Date().toISOString();
      const nextMonth = new Date();
      nextMonth.setUTCDate(1);
      nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
      for (const id of await runningIds()) {
        const own = meetings.filter((meeting) => meeting.partnership_id === id);
        expect(own.filter((meeting) => meeting.status === "cancelled")).toHaveLength(1);
        expect(
          own.some((meeting) => meeting.status === "scheduled" && meeting.starts_at.slice(0, 7) === nextMonth.toISOString().slice(0, 7)),
        ).toBe(true);
        const held = own.filter((meeting) => meeting.status === "scheduled" && meeting.ends_at < now);
        expect(held.length).toBeGreaterThanOrEqual(7);
        for (const meeting of held) {
          const present = attendance.filter((line) => line.meeting_id === meeting.id);
          expect(present.length).toBeGreaterThanOrEqual(3);
          for (const line of present) {
            expect(line.partnership_id).toBe(id);
            expect(members.some((m) => m.partnership_id === id && m.organization_id === line.organization_id)).toBe(true);
          }
          expect(meeting.minutes).toBeTruthy();
          const reviewed = reviews.filter((review) => review.meeting_id === meeting.id);
          for (const review of reviewed) {
            const commitment = commitments.find((row) => row.id === review.commitment_id);
            expect(commitment?.partnership_id).toBe(id);
            expect((commitment?.pledged_on ?? "") < meeting.starts_at.slice(0, 10)).toBe(true);
            expect(["delivered", "on_track", "slipping"]).toContain(review.report);
          }
        }
        expect(held.filter((meeting) => reviews.some((review) => review.meeting_id === meeting.id)).length).toBeGreaterThanOrEqual(
          held.length - 1,
        );
        expect(new Set(attendance.filter((line) => line.partnership_id === id).map((line) => line.can_commit))).toEqual(new Set([0, 1]));
        for (const meeting of own.filter((row) => row.starts_at > now))
          expect([meeting.minutes, meeting.status]).toEqual([null, "scheduled"]);
      }
      expect(new Set(reviews.map((review) => review.report))).toEqual(new Set(["delivered", "on_track", "slipping"]));
    });

    it("logs contacts over the year between two or more organizations that were members at the time", async () => {
      const db = database.db;
      const communications = await db.selectFrom("communications").selectAll().execute();
      const parties = await db.selectFrom("communication_parties").selectAll().execute();
      const members = await db.selectFrom("memberships").select(["partnership_id", "organization_id", "joined_on", "left_on"]).execute();
      for (const id of await runningIds())
        expect(communications.filter((row) => row.partnership_id === id).length).toBeGreaterThanOrEqual(10);
      expect(communications.length).toBeGreaterThanOrEqual(50);
      expect(new Set(communications.map((row) => row.channel)).size).toBeGreaterThanOrEqual(9);
      for (const communication of communications) {
        const own = parties.filter((party) => party.communication_id === communication.id);
        expect(own.length).toBeGreaterThanOrEqual(2);
        for (const party of own) {
          expect(party.partnership_id).toBe(communication.partnership_id);
          const member = members.find(
            (m) => m.partnership_id === communication.partnership_id && m.organization_id === party.organization_id,
          );
          expect(member && (member.joined_on ?? "") <= communication.occurred_on, communication.subject).toBe(true);
        }
      }
    });
  });
}

describe("the demo's running partnerships as written", () => {
  it("names only partnerships of the portfolio", () => {
    const keys = new Set(DEMO_PORTFOLIO.partnerships.map((partnership) => partnership.key));
    for (const running of DEMO_PORTFOLIO.running) expect(keys.has(running.partnership)).toBe(true);
  });
});
