import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildContact, buildMembership, buildOrganization } from "../../../../test/support/factories.js";
import { buildActivity, buildGoal, buildObjective, buildValue, FALLING_MEASURE } from "../../../../test/support/plan-factories.js";
import type { Actor } from "../../actor.js";
import { getPlan } from "./service.js";

for (const dialect of DIALECTS) {
  describe(`the action plan on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let own: string;
    const count = async (table: "plan_goals" | "plan_objectives" | "plan_activities" | "measure_values" | "plan_risks") =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const auditOf = (entityId: string) =>
      t.database.db
        .selectFrom("audit_events")
        .select(["action", "entity", "details"])
        .where("entity_id", "=", entityId)
        .orderBy("at")
        .execute();

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      own = t.world.partnerships.own.id;
    });
    afterAll(() => t.close());

    it("lets a coordinator build a goal, an objective with a measure, an activity and a value, and reads them back as one plan", async () => {
      const coordinator = t.as("coordinator");
      const goal = await coordinator.post(`/api/v1/partnerships/${own}/goals`, {
        title: "Safer walks to school",
        description: "Fewer incidents on the routes children take",
        risks: [{ risk: "Police staffing falls", contingency: "Parents' walking groups" }, { risk: "Funding ends" }],
      });
      expect(goal.statusCode).toBe(201);
      expect(goal.json()).toMatchObject({
        partnershipId: own,
        title: "Safer walks to school",
        version: 1,
        risks: [
          { risk: "Police staffing falls", contingency: "Parents' walking groups" },
          { risk: "Funding ends", contingency: null },
        ],
        abilities: { update: true, delete: true },
      });
      const goalId: string = goal.json().id;

      const objective = await coordinator.post(`/api/v1/goals/${goalId}/objectives`, {
        title: "Cut incidents by 40%",
        measure: FALLING_MEASURE,
      });
      expect(objective.statusCode).toBe(201);
      expect(objective.json()).toMatchObject({ goalId, measure: { ...FALLING_MEASURE, onTrack: null }, abilities: { addValue: true } });
      const objectiveId: string = objective.json().id;

      const contact = t.world.contacts.own.id;
      const activity = await coordinator.post(`/api/v1/objectives/${objectiveId}/activities`, {
        title: "Crossing patrols at three schools",
        ownerOrganizationId: t.world.organizations.ownMember.id,
        ownerContactId: contact,
        dueOn: "2020-01-15",
        resources: "Two patrollers",
        status: "done",
        meetingId: "0190a3b2-0000-7000-8000-000000000001",
      });
      expect(activity.statusCode).toBe(201);
      expect(activity.json()).toMatchObject({
        title: "Crossing patrols at three schools",
        ownerOrganization: { id: t.world.organizations.ownMember.id, name: "Own Member School Board" },
        ownerContact: { id: contact, name: "Own Contact" },
        status: "done",
        meetingId: "0190a3b2-0000-7000-8000-000000000001",
        abilities: { update: true, updateStatus: true, delete: true },
      });
      await coordinator.post(`/api/v1/objectives/${objectiveId}/activities`, { title: "Later activity", dueOn: "2999-01-01" });
      await coordinator.post(`/api/v1/objectives/${objectiveId}/activities`, { title: "Overdue activity", dueOn: "2020-02-01" });

      const later = await coordinator.post(`/api/v1/objectives/${objectiveId}/values`, {
        observedOn: "2026-07-02",
        value: 70,
        note: "Mid-year count",
      });
      expect(later.statusCode).toBe(201);
      expect(later.json()).toMatchObject({ observedOn: "2026-07-02", value: 70, note: "Mid-year count", onTrack: true });
      await coordinator.post(`/api/v1/objectives/${objectiveId}/values`, { observedOn: "2026-02-01", value: 99.5 });

      const plan = await coordinator.get(`/api/v1/partnerships/${own}/plan`);
      expect(plan.statusCode).toBe(200);
      const body = plan.json();
      expect(body.abilities).toEqual({ managePlan: true });
      const read = body.goals.find((g: { id: string }) => g.id === goalId);
      expect(read.risks.map((r: { risk: string }) => r.risk)).toEqual(["Police staffing falls", "Funding ends"]);
      expect(read.objectives).toHaveLength(1);
      expect(read.objectives[0].values.map((v: { observedOn: string }) => v.observedOn)).toEqual(["2026-02-01", "2026-07-02"]);
      expect(read.objectives[0].activities.map((a: { title: string }) => a.title)).toEqual([
        "Crossing patrols at three schools",
        "Later activity",
        "Overdue activity",
      ]);
      expect(read.objectives[0].measure.onTrack).toBe(true);
      expect(read.progress).toEqual({ activitiesDue: 2, activitiesDone: 1, measuresWithValues: 1, measuresOnTrack: 1 });

      expect((await auditOf(goalId)).map((e) => [e.action, e.entity])).toEqual([["create", "plan_goal"]]);
      expect((await auditOf(activity.json().id)).map((e) => [e.action, e.entity])).toEqual([["create", "plan_activity"]]);
      expect((await auditOf(later.json().id)).map((e) => e.entity)).toEqual(["measure_value"]);
    });

    it("reads the whole plan in the same number of queries whatever its size", async () => {
      const actor: Actor = {
        userId: t.world.users.coordinator.id,
        email: "c@example.org",
        name: "C",
        role: "coordinator",
        organizationId: null,
        locale: "en",
      };
      const queriesFor = async () => {
        let queries = 0;
        // Counted as results come back: once per statement run (subqueries are compiled into theirs).
        const counter: KyselyPlugin = {
          transformQuery: (args) => args.node,
          transformResult: (args) => {
            queries += 1;
            return Promise.resolve(args.result);
          },
        };
        await getPlan(t.database.db.withPlugin(counter), actor, own);
        return queries;
      };
      const before = await queriesFor();
      // The partnership with the caller's rights, then goals, risks, objectives, values and activities.
      expect(before).toBe(6);
      for (let index = 0; index < 3; index += 1) {
        const goal = await buildGoal(t.database.db, own);
        const objective = await buildObjective(t.database.db, goal);
        await buildActivity(t.database.db, objective, { ownerOrganizationId: t.world.organizations.ownMember.id });
        await buildValue(t.database.db, objective, "2026-03-01", 90);
      }
      expect(await queriesFor()).toBe(before);
    });

    it("replaces a goal's risks as a list on save and refuses a save on a version already changed", async () => {
      const goal = await buildGoal(t.database.db, own);
      const coordinator = t.as("coordinator");
      const first = await coordinator.patch(`/api/v1/goals/${goal.id}`, {
        version: 1,
        risks: [{ risk: "Only one", contingency: "Plan B" }],
      });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ version: 2, risks: [{ risk: "Only one", contingency: "Plan B" }] });
      const second = await coordinator.patch(`/api/v1/goals/${goal.id}`, { version: 2, title: "Renamed", risks: [] });
      expect(second.json()).toMatchObject({ version: 3, title: "Renamed", risks: [] });
      const stale = await coordinator.patch(`/api/v1/goals/${goal.id}`, { version: 2, title: "Overwritten" });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: { code: "conflict" } });
      expect((await coordinator.delete(`/api/v1/goals/${goal.id}?version=2`)).statusCode).toBe(409);
      const changes = await auditOf(goal.id);
      expect(changes.map((e) => e.action)).toEqual(["update", "update"]);
      expect(JSON.parse(changes[0]?.details ?? "{}").changes.risks).toEqual([null, "Only one → Plan B"]);
    });

    it("refuses stale saves of objectives and activities, and deletes with the version read", async () => {
      const goal = await buildGoal(t.database.db, own);
      const objective = await buildObjective(t.database.db, goal);
      const activity = await buildActivity(t.database.db, objective);
      await buildValue(t.database.db, objective, "2026-05-01", 80);
      const coordinator = t.as("coordinator");
      expect((await coordinator.patch(`/api/v1/objectives/${objective.id}`, { version: 1, title: "New" })).statusCode).toBe(200);
      expect((await coordinator.patch(`/api/v1/objectives/${objective.id}`, { version: 1, title: "Again" })).statusCode).toBe(409);
      expect((await coordinator.patch(`/api/v1/activities/${activity.id}`, { version: 1, status: "under_way" })).statusCode).toBe(200);
      expect((await coordinator.patch(`/api/v1/activities/${activity.id}`, { version: 1, status: "done" })).statusCode).toBe(409);
      expect((await coordinator.delete(`/api/v1/activities/${activity.id}?version=1`)).statusCode).toBe(409);
      expect((await coordinator.delete(`/api/v1/activities/${activity.id}?version=2`)).statusCode).toBe(204);
      const values = await count("measure_values");
      expect((await coordinator.delete(`/api/v1/goals/${goal.id}?version=1`)).statusCode).toBe(204);
      expect(await count("measure_values")).toBe(values - 1);
      expect((await coordinator.patch(`/api/v1/objectives/${objective.id}`, { version: 2, title: "Gone" })).statusCode).toBe(404);
    });

    it("replaces the value of a day entered again, keeping one value a day, and deletes a value", async () => {
      const objective = await buildObjective(t.database.db, await buildGoal(t.database.db, own));
      const url = `/api/v1/objectives/${objective.id}/values`;
      const coordinator = t.as("coordinator");
      const first = await coordinator.post(url, { observedOn: "2026-04-01", value: 95 });
      expect(first.statusCode).toBe(201);
      const again = await coordinator.post(url, { observedOn: "2026-04-01", value: 91, note: "Corrected" });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ id: first.json().id, value: 91, note: "Corrected" });
      const rows = await t.database.db.selectFrom("measure_values").select("value").where("objective_id", "=", objective.id).execute();
      expect(rows.map((row) => Number(row.value))).toEqual([91]);
      expect((await coordinator.delete(`${url}/${first.json().id}`)).statusCode).toBe(204);
      expect((await coordinator.delete(`${url}/${first.json().id}`)).statusCode).toBe(404);
      expect((await auditOf(first.json().id)).map((e) => e.action)).toEqual(["create", "update", "delete"]);
    });

    it("refuses bad input with a 400 naming the field, changing nothing", async () => {
      const goal = await buildGoal(t.database.db, own);
      const coordinator = t.as("coordinator");
      const before = {
        objectives: await count("plan_objectives"),
        activities: await count("plan_activities"),
        values: await count("measure_values"),
      };
      const fieldOf = (res: { json: () => { error: { details?: { field: string }[] } } }) => res.json().error.details?.map((f) => f.field);

      const backwards = await coordinator.post(`/api/v1/goals/${goal.id}/objectives`, {
        title: "Backwards",
        measure: { ...FALLING_MEASURE, targetOn: "2025-12-31" },
      });
      expect(backwards.statusCode).toBe(400);
      expect(fieldOf(backwards)).toEqual(["measure.targetOn"]);

      const objective = await buildObjective(t.database.db, goal);
      const word = await coordinator.post(`/api/v1/objectives/${objective.id}/values`, { observedOn: "2026-03-01", value: "twelve" });
      expect(word.statusCode).toBe(400);
      expect(fieldOf(word)).toEqual(["value"]);
      const numeric = await coordinator.post(`/api/v1/objectives/${objective.id}/values`, { observedOn: "2026-03-01", value: "12" });
      expect(fieldOf(numeric)).toEqual(["value"]);

      const stranger = await buildOrganization(t.database.db);
      const notMember = await coordinator.post(`/api/v1/objectives/${objective.id}/activities`, {
        title: "X",
        ownerOrganizationId: stranger.id,
      });
      expect(notMember.statusCode).toBe(400);
      expect(fieldOf(notMember)).toEqual(["ownerOrganizationId"]);
      const otherContact = await buildContact(t.database.db, t.world.organizations.ownLead.id);
      const wrongContact = await coordinator.post(`/api/v1/objectives/${objective.id}/activities`, {
        title: "X",
        ownerOrganizationId: t.world.organizations.ownMember.id,
        ownerContactId: otherContact.id,
      });
      expect(fieldOf(wrongContact)).toEqual(["ownerContactId"]);
      const badStatus = await coordinator.post(`/api/v1/objectives/${objective.id}/activities`, { title: "X", status: "cancelled" });
      expect(fieldOf(badStatus)).toEqual(["status"]);

      const bare = await buildObjective(t.database.db, goal, { measure: null });
      const noMeasure = await coordinator.post(`/api/v1/objectives/${bare.id}/values`, { observedOn: "2026-03-01", value: 1 });
      expect(noMeasure.statusCode).toBe(400);

      const french = await coordinator.request({
        method: "POST",
        url: `/api/v1/goals/${goal.id}/objectives`,
        headers: { "accept-language": "fr" },
        payload: { title: "À l'envers", measure: { ...FALLING_MEASURE, targetOn: "2025-01-01" } },
      });
      expect(french.json().error.details[0].message).toBe("ne doit pas précéder la date de référence");

      expect({
        objectives: await count("plan_objectives"),
        activities: await count("plan_activities"),
        values: await count("measure_values"),
      }).toEqual({
        objectives: before.objectives + 2,
        activities: before.activities,
        values: before.values,
      });
    });

    it("lets a partner user change only the status and notes of activities its own organization owns", async () => {
      const objective = await buildObjective(t.database.db, await buildGoal(t.database.db, own));
      const mine = await buildActivity(t.database.db, objective, { ownerOrganizationId: t.world.organizations.ownMember.id });
      const theirs = await buildActivity(t.database.db, objective, { ownerOrganizationId: t.world.organizations.ownLead.id });
      const partner = t.as("partner");

      const plan = (await partner.get(`/api/v1/partnerships/${own}/plan`)).json();
      expect(plan.abilities).toEqual({ managePlan: false });
      const activities = plan.goals.flatMap((g: { objectives: { activities: { id: string; abilities: unknown }[] }[] }) =>
        g.objectives.flatMap((o) => o.activities),
      );
      expect(activities.find((a: { id: string }) => a.id === mine.id).abilities).toEqual({
        update: false,
        updateStatus: true,
        delete: false,
      });
      expect(activities.find((a: { id: string }) => a.id === theirs.id).abilities).toEqual({
        update: false,
        updateStatus: false,
        delete: false,
      });

      const moved = await partner.patch(`/api/v1/activities/${mine.id}`, { version: 1, status: "under_way", notes: "Started Monday" });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ status: "under_way", notes: "Started Monday", version: 2 });
      expect((await partner.patch(`/api/v1/activities/${mine.id}`, { version: 2, title: "Renamed" })).statusCode).toBe(403);
      expect((await partner.patch(`/api/v1/activities/${mine.id}`, { version: 2, status: "done", dueOn: "2030-01-01" })).statusCode).toBe(
        403,
      );
      expect((await partner.patch(`/api/v1/activities/${theirs.id}`, { version: 1, status: "done" })).statusCode).toBe(403);
      expect((await partner.delete(`/api/v1/activities/${mine.id}?version=2`)).statusCode).toBe(403);
      expect((await partner.post(`/api/v1/objectives/${objective.id}/values`, { observedOn: "2026-03-01", value: 1 })).statusCode).toBe(
        403,
      );
      expect((await partner.post(`/api/v1/partnerships/${own}/goals`, { title: "Mine" })).statusCode).toBe(403);
    });

    it("shows an owner contact's name only to those who may read that organization's contacts", async () => {
      const organization = await buildOrganization(t.database.db);
      await buildMembership(t.database.db, own, organization.id, { confirmed: false });
      const person = await buildContact(t.database.db, organization.id, { name: "Hidden Person" });
      const objective = await buildObjective(t.database.db, await buildGoal(t.database.db, own));
      const created = await t.as("admin").post(`/api/v1/objectives/${objective.id}/activities`, {
        title: "Unconfirmed owner",
        ownerOrganizationId: organization.id,
        ownerContactId: person.id,
      });
      expect(created.json().ownerContact).toEqual({ id: person.id, name: "Hidden Person" });
      const plan = (await t.as("coordinator").get(`/api/v1/partnerships/${own}/plan`)).json();
      const seen = plan.goals
        .flatMap((g: { objectives: { activities: { id: string }[] }[] }) => g.objectives.flatMap((o) => o.activities))
        .find((a: { id: string }) => a.id === created.json().id);
      expect(seen.ownerContact).toBeNull();
      expect(seen.ownerOrganization.id).toBe(organization.id);
    });

    it("hides another partnership's plan and its rows as not found", async () => {
      const foreignGoal = await buildGoal(t.database.db, t.world.partnerships.foreign.id);
      const coordinator = t.as("coordinator");
      expect((await coordinator.get(`/api/v1/partnerships/${t.world.partnerships.foreign.id}/plan`)).statusCode).toBe(404);
      const patch = await coordinator.patch(`/api/v1/goals/${foreignGoal.id}`, { version: 1, title: "Mine now" });
      expect(patch.statusCode).toBe(404);
      expect(patch.json().error.message).toBe("Goal not found");
      expect((await t.as("evaluator").get(`/api/v1/partnerships/${own}/plan`)).statusCode).toBe(200);
      expect((await t.as("evaluator").post(`/api/v1/partnerships/${own}/goals`, { title: "Evaluated" })).statusCode).toBe(403);
    });
  });
}
