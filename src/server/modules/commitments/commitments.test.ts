import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildCommitment, daysFromToday } from "../../../../test/support/ledger-factories.js";
import { buildOrganization, buildPartnership } from "../../../../test/support/factories.js";
import { firstVersion } from "../../../../test/support/stamps.js";

const fields = (res: { json: () => { error: { details: { field: string }[] } } }) =>
  res
    .json()
    .error.details.map((d) => d.field)
    .sort();

for (const dialect of DIALECTS) {
  describe(`the commitment ledger on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let ledger: string;
    const count = async (table: "commitments" | "commitment_events" | "audit_events") =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const stored = (id: string) => t.database.db.selectFrom("commitments").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const move = (id: string, body: Record<string, unknown>, who: "partner" | "coordinator" = "partner") =>
      t.as(who).post(`/api/v1/commitments/${id}/moves`, body);
    const pledge = (overrides: Record<string, unknown> = {}, who: "partner" | "coordinator" | "admin" = "partner") =>
      t.as(who).post(ledger, {
        organizationId: t.world.organizations.ownMember.id,
        description: `Run a diversion workshop ${Math.random()}`,
        axis: "intervention",
        pledgedOn: daysFromToday(-10),
        dueOn: daysFromToday(20),
        ...overrides,
      });

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      ledger = `/api/v1/partnerships/${t.world.partnerships.own.id}/commitments`;
    });
    afterAll(() => t.close());

    it("a partner user pledges a commitment for its own organization, with the pledge as the first event", async () => {
      const audits = await count("audit_events");
      const res = await pledge({ description: "Host two open days for parents" });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({
        partnershipId: t.world.partnerships.own.id,
        organization: { id: t.world.organizations.ownMember.id, name: "Own Member School Board" },
        description: "Host two open days for parents",
        axis: "intervention",
        dueOn: daysFromToday(20),
        currentDueOn: daysFromToday(20),
        status: "pledged",
        statusOn: daysFromToday(-10),
        version: 1,
        abilities: { update: true, moves: ["in_progress", "delivered", "slipped", "withdrawn"] },
      });
      expect(body.events).toMatchObject([
        {
          from: null,
          to: "pledged",
          effectiveOn: daysFromToday(-10),
          user: { id: t.world.users.partner.id, name: t.world.users.partner.email },
        },
      ]);
      expect(await count("audit_events")).toBe(audits + 1);
    });

    it("a partner user may not pledge for another member; a coordinator may pledge for any member", async () => {
      const before = await count("commitments");
      const res = await pledge({ organizationId: t.world.organizations.ownLead.id });
      expect(res.statusCode).toBe(403);
      expect(await count("commitments")).toBe(before);
      expect((await pledge({ organizationId: t.world.organizations.ownLead.id }, "coordinator")).statusCode).toBe(201);
    });

    it("refuses an organization that is not a member with a 400 on organizationId, writing nothing", async () => {
      const stranger = await buildOrganization(t.database.db, { name: "Stranger Agency" });
      const before = await count("commitments");
      const res = await pledge({ organizationId: stranger.id }, "admin");
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(["organizationId"]);
      expect(res.json().error.details[0].message).toBe("is not a member of this partnership");
      expect(await count("commitments")).toBe(before);
    });

    it("refuses a due date before the pledge and a pledge dated in the future, naming both", async () => {
      const before = await count("commitments");
      const res = await pledge({ pledgedOn: daysFromToday(1), dueOn: daysFromToday(0) });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(["dueOn", "pledgedOn"]);
      expect((await pledge({ pledgedOn: daysFromToday(0), dueOn: daysFromToday(0) })).statusCode).toBe(201);
      expect(await count("commitments")).toBe(before + 1);
    });

    it("refuses a goal, an objective or a meeting of another partnership", async () => {
      const other = await buildPartnership(t.database.db, {
        programId: t.world.programs.own.id,
        leadOrganizationId: t.world.organizations.ownLead.id,
      });
      const at = new Date().toISOString();
      const goalId = "0190c6b4-1111-7000-8000-000000000001";
      await t.database.db
        .insertInto("plan_goals")
        .values({
          id: goalId,
          partnership_id: other.id,
          title: "Elsewhere",
          description: null,
          position: 0,
          ...firstVersion(at),
        })
        .execute();
      const res = await pledge({ goalId, meetingId: "0190c6b4-1111-7000-8000-000000000002" });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(["goalId", "meetingId"]);
    });

    it("refuses a second commitment with the same description compared like names", async () => {
      await pledge({ description: "Patrol the Riverside park" });
      const res = await pledge({ description: "  patrol the riverside PARK " });
      expect(res.statusCode).toBe(409);
      expect(fields(res)).toEqual(["description"]);
    });

    it("refuses unknown fields and bad values whatever the client sends", async () => {
      const res = await pledge({ axis: "rehabilitation", dueOn: "soon", status: "delivered" });
      expect(res.statusCode).toBe(400);
      const { id, version } = (await pledge()).json();
      const moved = await move(id, { version, to: "delivered", deliveredOn: daysFromToday(0) });
      expect(moved.statusCode).toBe(400);
    });

    it("starts, then delivers on the due date with evidence: the original due date never changes", async () => {
      const { id } = await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id, {
        pledged_on: daysFromToday(-20),
        due_on: daysFromToday(0),
      });
      const started = await move(id, { version: 1, to: "in_progress", on: daysFromToday(-5) });
      expect(started.statusCode).toBe(200);
      expect(started.json()).toMatchObject({
        status: "in_progress",
        statusOn: daysFromToday(-5),
        version: 2,
        abilities: { moves: ["delivered", "slipped", "withdrawn"] },
      });
      const delivered = await move(id, {
        version: 2,
        to: "delivered",
        evidence: "Sign-in sheets",
        evidenceUrl: "https://example.org/sheets",
      });
      expect(delivered.statusCode).toBe(200);
      expect(delivered.json()).toMatchObject({
        status: "delivered",
        deliveredOn: daysFromToday(0),
        dueOn: daysFromToday(0),
        currentDueOn: daysFromToday(0),
        evidence: "Sign-in sheets",
        evidenceUrl: "https://example.org/sheets",
        abilities: { update: false, moves: [] },
      });
      expect(delivered.json().events.map((e: { from: string | null; to: string }) => `${e.from}→${e.to}`)).toEqual([
        "null→pledged",
        "pledged→in_progress",
        "in_progress→delivered",
      ]);
      expect(delivered.json().events[2]).toMatchObject({
        effectiveOn: daysFromToday(0),
        evidence: "Sign-in sheets",
        user: { id: t.world.users.partner.id },
      });
      expect((await move(id, { version: 3, to: "slipped", dueOn: daysFromToday(9), reason: "again" })).statusCode).toBe(400);
    });

    it("slips twice and then delivers: current due date moves, first slip date stays, events keep due before and after", async () => {
      const { id } = await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id, {
        pledged_on: daysFromToday(-40),
        due_on: daysFromToday(-10),
      });
      const first = await move(id, { version: 1, to: "slipped", on: daysFromToday(-8), dueOn: daysFromToday(5), reason: "Staff left" });
      expect(first.statusCode).toBe(200);
      const second = await move(id, { version: 2, to: "slipped", dueOn: daysFromToday(15), reason: "Venue closed" });
      expect(second.json()).toMatchObject({ status: "slipped", dueOn: daysFromToday(-10), currentDueOn: daysFromToday(15) });
      expect(second.json().events[2]).toMatchObject({
        from: "slipped",
        to: "slipped",
        dueBefore: daysFromToday(5),
        dueAfter: daysFromToday(15),
        reason: "Venue closed",
      });
      expect((await stored(id)).first_slipped_on).toBe(daysFromToday(-8));
      const delivered = await move(id, { version: 3, to: "delivered" });
      expect(delivered.json()).toMatchObject({ status: "delivered", deliveredOn: daysFromToday(0), dueOn: daysFromToday(-10) });
    });

    it("withdraws a commitment after it was overdue, with its reason", async () => {
      const { id } = await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id, {
        pledged_on: daysFromToday(-40),
        due_on: daysFromToday(-1),
      });
      const refused = await move(id, { version: 1, to: "withdrawn" });
      expect(refused.statusCode).toBe(400);
      expect(fields(refused)).toEqual(["reason"]);
      const res = await move(id, { version: 1, to: "withdrawn", reason: "The program lost its funding" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: "withdrawn",
        withdrawnOn: daysFromToday(0),
        currentDueOn: daysFromToday(-1),
        abilities: { moves: [] },
      });
    });

    it("refuses a slip to a date not later than the current one, a delivery in the future or before the pledge", async () => {
      const { id } = await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id, {
        pledged_on: daysFromToday(-5),
        due_on: daysFromToday(3),
      });
      const events = await count("commitment_events");
      const slip = await move(id, { version: 1, to: "slipped", dueOn: daysFromToday(3), reason: "r" });
      expect(slip.statusCode).toBe(400);
      expect(fields(slip)).toEqual(["dueOn"]);
      expect(fields(await move(id, { version: 1, to: "delivered", on: daysFromToday(1) }))).toEqual(["on"]);
      expect(fields(await move(id, { version: 1, to: "delivered", on: daysFromToday(-6) }))).toEqual(["on"]);
      expect(fields(await move(id, { version: 1, to: "delivered", evidenceUrl: "javascript:alert(1)" }))).toEqual(["evidenceUrl"]);
      expect(fields(await move(id, { version: 1, to: "pledged" }))).toEqual(["to"]);
      expect(await count("commitment_events")).toBe(events);
      expect((await stored(id)).status).toBe("pledged");
    });

    it("answers 409 to a move or an edit made from a version someone else has changed, changing nothing", async () => {
      const { id } = await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id);
      expect((await move(id, { version: 1, to: "in_progress" }, "coordinator")).statusCode).toBe(200);
      const late = await move(id, { version: 1, to: "withdrawn", reason: "no" });
      expect(late.statusCode).toBe(409);
      expect(late.json().error).toMatchObject({ code: "conflict", message: expect.stringContaining("Someone else changed this") });
      expect((await t.as("partner").patch(`/api/v1/commitments/${id}`, { version: 1, description: "Renamed" })).statusCode).toBe(409);
      expect((await stored(id)).status).toBe("in_progress");
    });

    it("edits the description and axis with the version read; a delivered commitment is no longer edited", async () => {
      const { id } = await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id);
      const res = await t
        .as("partner")
        .patch(`/api/v1/commitments/${id}`, { version: 1, description: "Mentor ten students", axis: "reentry" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ description: "Mentor ten students", axis: "reentry", version: 2 });
      expect((await stored(id)).description_key).toBe("mentor ten students");
      expect((await t.as("partner").patch(`/api/v1/commitments/${id}`, { version: 2, status: "delivered" })).statusCode).toBe(400);
      await move(id, { version: 2, to: "delivered" });
      expect((await t.as("partner").patch(`/api/v1/commitments/${id}`, { version: 3, axis: "prevention" })).statusCode).toBe(409);
    });

    it("lists with filters; due yesterday is overdue, due today is not", async () => {
      const partnership = await buildPartnership(t.database.db, {
        programId: t.world.programs.own.id,
        leadOrganizationId: t.world.organizations.ownLead.id,
      });
      const db = t.database.db;
      const yesterday = await buildCommitment(db, partnership.id, t.world.organizations.ownLead.id, {
        due_on: daysFromToday(-1),
        axis: "enforcement",
      });
      const todayDue = await buildCommitment(db, partnership.id, t.world.organizations.ownLead.id, { due_on: daysFromToday(0) });
      await buildCommitment(db, partnership.id, t.world.organizations.ownLead.id, { due_on: daysFromToday(-3), status: "delivered" });
      const url = `/api/v1/partnerships/${partnership.id}/commitments`;
      const ids = async (query: string) => (await t.as("admin").get(`${url}${query}`)).json().data.map((c: { id: string }) => c.id);
      expect(await ids("?overdue=true")).toEqual([yesterday.id]);
      expect(await ids("?axis=enforcement")).toEqual([yesterday.id]);
      expect(await ids("?status=pledged")).toEqual([yesterday.id, todayDue.id]);
      expect(await ids(`?organizationId=${t.world.organizations.ownMember.id}`)).toEqual([]);
      const page = (await t.as("admin").get(`${url}?pageSize=2&page=2`)).json();
      expect(page.pagination).toMatchObject({ total: 3, totalPages: 2 });
      expect(page.data).toHaveLength(1);
      expect((await t.as("admin").get(`${url}?status=lost`)).statusCode).toBe(400);
    });

    it("an officer and an evaluator read the ledger but may move nothing; a foreign partnership's commitment is not found", async () => {
      const { id } = await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id);
      for (const who of ["programOfficer", "evaluator"] as const) {
        const res = await t.as(who).get(`/api/v1/commitments/${id}`);
        expect(res.statusCode).toBe(200);
        expect(res.json().abilities).toEqual({ update: false, moves: [] });
        expect((await t.as(who).post(`/api/v1/commitments/${id}/moves`, { version: 1, to: "in_progress" })).statusCode).toBe(403);
      }
      const foreign = await buildCommitment(t.database.db, t.world.partnerships.foreign.id, t.world.organizations.foreignMember.id);
      expect((await t.as("partner").get(`/api/v1/commitments/${foreign.id}`)).statusCode).toBe(404);
      expect(
        (await t.as("coordinator").post(`/api/v1/commitments/${foreign.id}/moves`, { version: 1, to: "in_progress" })).statusCode,
      ).toBe(404);
    });

    it("writes the move, its event and its audit entry in one go", async () => {
      const { id } = await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id);
      await move(id, { version: 1, to: "in_progress" });
      const audit = await t.database.db
        .selectFrom("audit_events")
        .selectAll()
        .where("entity", "=", "commitment")
        .where("entity_id", "=", id)
        .execute();
      expect(audit).toMatchObject([{ action: "update", user_id: t.world.users.partner.id, partnership_id: t.world.partnerships.own.id }]);
      expect(audit[0]?.details).toContain("in_progress");
    });
  });
}
