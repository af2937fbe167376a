import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import {
  buildResponses,
  buildRound,
  buildInstrument,
  buildWeakRound,
  WEAK_ANSWERS,
} from "../../../../test/support/survey-action-factories.js";
import { buildGoal, buildObjective } from "../../../../test/support/plan-factories.js";
import type { Actor } from "../../actor.js";
import { decideStep } from "./steps-service.js";

for (const dialect of DIALECTS) {
  describe(`action steps on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let own: string;
    let member: string;
    const count = async (table: "survey_action_steps" | "plan_activities" | "plan_goals" | "audit_events") =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const addSuggestion = async (instrument: string, score: string, en: string) => {
      const response = await t.as("admin").post("/api/v1/action-suggestions", { instrument, score, text: { en, fr: `${en} (fr)` } });
      expect(response.statusCode).toBe(201);
      return response.json().key as string;
    };

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      own = t.world.partnerships.own.id;
      member = t.world.organizations.ownMember.id;
    });
    afterAll(() => t.close());

    it("proposes the library's suggestions for a concern score, and for a borderline one on request", async () => {
      const round = await buildWeakRound(t.database.db, own, member);
      const step = await addSuggestion(round.instrument.id, "communication", "Meet every month");
      await addSuggestion(round.instrument.id, "vision", "Write the vision together");
      const concern = await t.as("coordinator").get(`/api/v1/survey-rounds/${round.id}/action-steps`);
      expect(concern.statusCode).toBe(200);
      expect(concern.json()).toMatchObject({
        roundId: round.id,
        canDecide: true,
        withheld: false,
        borderline: false,
        scores: [
          { key: "communication", mean: 2, band: "concern", suggestions: [{ key: step, text: { en: "Meet every month" } }], steps: [] },
        ],
      });
      const both = await t.as("coordinator").get(`/api/v1/survey-rounds/${round.id}/action-steps?borderline=true`);
      expect(both.json().scores.map((s: { key: string; mean: number }) => [s.key, s.mean])).toEqual([
        ["communication", 2],
        ["vision", 3.33],
      ]);
      // A partner reads the partnership: it sees the proposals but may not decide.
      expect((await t.as("partner").get(`/api/v1/survey-rounds/${round.id}/action-steps`)).json().canDecide).toBe(false);
    });

    it("proposes nothing while too few responses stand behind the figures", async () => {
      const instrument = await buildInstrument(t.database.db);
      const round = await buildRound(t.database.db, own, instrument);
      await buildResponses(t.database.db, round, member, WEAK_ANSWERS.slice(0, 2));
      await addSuggestion(instrument.id, "communication", "Meet every month");
      const response = await t.as("coordinator").get(`/api/v1/survey-rounds/${round.id}/action-steps?borderline=true`);
      expect(response.json()).toMatchObject({ withheld: true, scores: [] });
      const accept = await t.as("coordinator").post(`/api/v1/survey-rounds/${round.id}/action-steps`, {
        scoreKey: "communication",
        text: "Meet",
        decision: "accept",
      });
      expect(accept.statusCode).toBe(400);
      expect(accept.json().error.details[0].field).toBe("scoreKey");
    });

    it("accepts a suggestion as an activity under the score's objective in a Partnership health goal, linked back in the plan", async () => {
      const round = await buildWeakRound(t.database.db, own, member, { label: "midterm" });
      const key = await addSuggestion(round.instrument.id, "communication", "Meet every month");
      const other = await addSuggestion(round.instrument.id, "communication", "Share the minutes");
      const accepted = await t.as("coordinator").post(`/api/v1/survey-rounds/${round.id}/action-steps`, {
        scoreKey: "communication",
        suggestionKey: key,
        decision: "accept",
        ownerOrganizationId: member,
        dueOn: "2026-06-30",
      });
      expect(accepted.statusCode).toBe(201);
      expect(accepted.json()).toMatchObject({
        scoreKey: "communication",
        suggestionKey: key,
        text: "Meet every month",
        status: "accepted",
        activity: { title: "Meet every month", dueOn: "2026-06-30", status: "planned" },
        decidedBy: { id: t.world.users.coordinator.id },
        version: 1,
      });
      const dismissed = await t.as("coordinator").post(`/api/v1/survey-rounds/${round.id}/action-steps`, {
        scoreKey: "communication",
        suggestionKey: other,
        decision: "dismiss",
      });
      expect(dismissed.json()).toMatchObject({ status: "dismissed", activity: null });
      const again = await t.as("coordinator").post(`/api/v1/survey-rounds/${round.id}/action-steps`, {
        scoreKey: "communication",
        suggestionKey: key,
        decision: "dismiss",
      });
      expect(again.statusCode).toBe(409);

      const plan = (await t.as("partner").get(`/api/v1/partnerships/${own}/plan`)).json();
      const goal = plan.goals.find((g: { title: string }) => g.title === "Partnership health");
      expect(goal.objectives.map((o: { title: string }) => o.title)).toEqual(["Communication"]);
      expect(goal.objectives[0].activities[0]).toMatchObject({
        title: "Meet every month",
        ownerOrganization: { id: member },
        prompt: {
          roundId: round.id,
          scoreKey: "communication",
          label: "midterm",
          instrument: round.instrument.id,
          scoreTitle: { en: "Communication" },
        },
      });

      const proposals = (await t.as("coordinator").get(`/api/v1/survey-rounds/${round.id}/action-steps`)).json();
      expect(proposals.scores[0].suggestions).toEqual([]);
      expect(proposals.scores[0].steps.map((s: { status: string }) => s.status)).toEqual(["accepted", "dismissed"]);

      // An edited step under an objective named; the second acceptance reuses the same health goal.
      const goalCount = await count("plan_goals");
      const objective = await buildObjective(t.database.db, await buildGoal(t.database.db, own), { measure: null });
      const edited = await t.as("coordinator").post(`/api/v1/survey-rounds/${round.id}/action-steps`, {
        scoreKey: "vision",
        text: "Hold a vision workshop in the spring",
        decision: "accept",
        objectiveId: objective.id,
      });
      expect(edited.json()).toMatchObject({ suggestionKey: null, text: "Hold a vision workshop in the spring", status: "accepted" });
      expect(await count("plan_goals")).toBe(goalCount + 1);
      const events = await t.database.db
        .selectFrom("audit_events")
        .select("entity")
        .where("entity_id", "in", [accepted.json().id, accepted.json().activity.id, edited.json().id])
        .execute();
      expect(events.map((e) => e.entity).sort()).toEqual(["plan_activity", "survey_action_step", "survey_action_step"]);
    });

    it("refuses an objective of another partnership and an owner who is not a member, and changes nothing", async () => {
      const round = await buildWeakRound(t.database.db, own, member);
      const foreignObjective = await buildObjective(t.database.db, await buildGoal(t.database.db, t.world.partnerships.foreign.id));
      const before = [await count("survey_action_steps"), await count("plan_activities"), await count("plan_goals")];
      const coordinator = t.as("coordinator");
      const url = `/api/v1/survey-rounds/${round.id}/action-steps`;
      const base = { scoreKey: "communication", text: "Meet", decision: "accept" };
      const objective = await coordinator.post(url, { ...base, objectiveId: foreignObjective.id });
      expect([objective.statusCode, objective.json().error.details[0].field]).toEqual([400, "objectiveId"]);
      const owner = await coordinator.post(url, { ...base, ownerOrganizationId: t.world.organizations.foreignMember.id });
      expect([owner.statusCode, owner.json().error.details[0].field]).toEqual([400, "ownerOrganizationId"]);
      const unknown = await coordinator.post(url, { ...base, scoreKey: "leadership" });
      expect([unknown.statusCode, unknown.json().error.details[0].field]).toEqual([400, "scoreKey"]);
      const suggestion = await coordinator.post(url, { ...base, suggestionKey: "no-such-suggestion" });
      expect([suggestion.statusCode, suggestion.json().error.details[0].field]).toEqual([400, "suggestionKey"]);
      expect([await count("survey_action_steps"), await count("plan_activities"), await count("plan_goals")]).toEqual(before);
    });

    it("lets no evaluator or partner decide, and hides another partnership's round", async () => {
      const round = await buildWeakRound(t.database.db, own, member);
      const foreign = await buildWeakRound(t.database.db, t.world.partnerships.foreign.id, t.world.organizations.foreignMember.id);
      const body = { scoreKey: "communication", text: "Meet", decision: "dismiss" };
      for (const who of ["evaluator", "partner"] as const) {
        expect((await t.as(who).post(`/api/v1/survey-rounds/${round.id}/action-steps`, body)).statusCode).toBe(403);
      }
      expect((await t.as("coordinator").post(`/api/v1/survey-rounds/${foreign.id}/action-steps`, body)).statusCode).toBe(404);
      expect((await t.as("coordinator").get(`/api/v1/survey-rounds/${foreign.id}/action-steps`)).statusCode).toBe(404);
      expect((await t.as("admin").post(`/api/v1/survey-rounds/${foreign.id}/action-steps`, body)).statusCode).toBe(201);
    });

    it("writes an accepted step in one transaction: an activity that fails to be inserted leaves no goal, no step and no event", async () => {
      const round = await buildWeakRound(t.database.db, t.world.partnerships.foreign.id, t.world.organizations.foreignMember.id);
      const admin: Actor = {
        userId: t.world.users.admin.id,
        email: "a@example.org",
        name: "A",
        role: "admin",
        organizationId: null,
        locale: "fr",
      };
      const failing: KyselyPlugin = {
        transformQuery: (args) => {
          if (args.node.kind === "InsertQueryNode" && args.node.into?.table.identifier.name === "plan_activities") {
            throw new Error("the activity could not be written");
          }
          return args.node;
        },
        transformResult: (args) => Promise.resolve(args.result),
      };
      const before = [
        await count("survey_action_steps"),
        await count("plan_activities"),
        await count("plan_goals"),
        await count("audit_events"),
      ];
      await expect(
        decideStep(
          t.database.db.withPlugin(failing),
          admin,
          round.id,
          { scoreKey: "communication", text: "Meet", decision: "accept" },
          "fr",
        ),
      ).rejects.toThrow("the activity could not be written");
      expect([
        await count("survey_action_steps"),
        await count("plan_activities"),
        await count("plan_goals"),
        await count("audit_events"),
      ]).toEqual(before);
      // The same decision without the failure goes through, titled in the deciding user's language.
      await decideStep(t.database.db, admin, round.id, { scoreKey: "communication", text: "Meet", decision: "accept" }, "fr");
      const goals = await t.database.db
        .selectFrom("plan_goals")
        .select("title")
        .where("partnership_id", "=", t.world.partnerships.foreign.id)
        .execute();
      expect(goals.map((g) => g.title)).toContain("Santé du partenariat");
      expect(await count("survey_action_steps")).toBe((before[0] ?? 0) + 1);
    });

    describe("changing a decided step", () => {
      const stepsUrl = (roundId: string) => `/api/v1/survey-rounds/${roundId}/action-steps`;
      const decide = async (roundId: string, decision: "accept" | "dismiss", stepText = "Meet every month") => {
        const response = await t.as("coordinator").post(stepsUrl(roundId), { scoreKey: "communication", text: stepText, decision });
        expect(response.statusCode).toBe(201);
        return response.json<{ id: string; version: number; activity: { id: string } | null }>();
      };
      const stepRow = (id: string) =>
        t.database.db.selectFrom("survey_action_steps").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      const updates = async (id: string) =>
        t.database.db
          .selectFrom("audit_events")
          .select(["action", "details"])
          .where("entity", "=", "survey_action_step")
          .where("entity_id", "=", id)
          .where("action", "=", "update")
          .execute();

      it("rewords a step, bumping its version, with an audit event naming the text", async () => {
        const round = await buildWeakRound(t.database.db, own, member);
        const step = await decide(round.id, "dismiss");
        const response = await t.as("coordinator").patch(`${stepsUrl(round.id)}/${step.id}`, { version: 1, text: "Meet every fortnight" });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          id: step.id,
          text: "Meet every fortnight",
          status: "dismissed",
          activity: null,
          version: 2,
        });
        const events = await updates(step.id);
        expect(events).toHaveLength(1);
        expect(events[0]?.details).toContain("Meet every fortnight");
        expect(await stepRow(step.id)).toMatchObject({
          text: "Meet every fortnight",
          version: 2,
          updated_by: t.world.users.coordinator.id,
        });
      });

      it("accepts a dismissed step as one activity linked back to the score", async () => {
        const round = await buildWeakRound(t.database.db, own, member);
        const step = await decide(round.id, "dismiss", "Share the minutes");
        const objective = await buildObjective(t.database.db, await buildGoal(t.database.db, own), { measure: null });
        const response = await t.as("coordinator").patch(`${stepsUrl(round.id)}/${step.id}`, {
          version: 1,
          decision: "accept",
          objectiveId: objective.id,
          ownerOrganizationId: member,
          dueOn: "2026-10-01",
        });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          status: "accepted",
          text: "Share the minutes",
          activity: { title: "Share the minutes", dueOn: "2026-10-01", status: "planned" },
          version: 2,
        });
        const activities = await t.database.db
          .selectFrom("plan_activities")
          .selectAll()
          .where("survey_round_id", "=", round.id)
          .where("survey_score_key", "=", "communication")
          .execute();
        expect(activities).toHaveLength(1);
        expect(activities[0]).toMatchObject({
          id: response.json().activity.id,
          objective_id: objective.id,
          owner_organization_id: member,
          partnership_id: own,
        });
        expect((await stepRow(step.id)).activity_id).toBe(activities[0]?.id);
        const activityEvents = await t.database.db
          .selectFrom("audit_events")
          .select("action")
          .where("entity", "=", "plan_activity")
          .where("entity_id", "=", activities[0]?.id ?? "")
          .execute();
        expect(activityEvents.map((e) => e.action)).toEqual(["create"]);
        expect(await updates(step.id)).toHaveLength(1);
      });

      it("keeps an accepted step whose activity is in the plan from being dismissed, changing nothing", async () => {
        const round = await buildWeakRound(t.database.db, own, member);
        const step = await decide(round.id, "accept");
        const before = [await stepRow(step.id), await count("plan_activities"), await count("audit_events")];
        const url = `${stepsUrl(round.id)}/${step.id}`;
        const refused = await t.as("coordinator").patch(url, { version: 1, decision: "dismiss", text: "Never mind" });
        expect(refused.statusCode).toBe(409);
        expect(refused.json().error.message).toBe(
          "This step is in the partnership's plan and cannot be dismissed here: change or close its activity in the plan",
        );
        const french = await t.as("coordinator").request({
          method: "PATCH",
          url,
          headers: { "accept-language": "fr" },
          payload: { version: 1, decision: "dismiss" },
        });
        expect(french.statusCode).toBe(409);
        expect(french.json().error.message).toBe(
          "Cette mesure figure dans le plan du partenariat et ne peut pas être écartée ici\u00a0: modifiez ou clôturez son activité dans le plan",
        );
        expect([await stepRow(step.id), await count("plan_activities"), await count("audit_events")]).toEqual(before);
      });

      it("refuses a stale version, an empty change writes nothing, an unknown field is refused", async () => {
        const round = await buildWeakRound(t.database.db, own, member);
        const step = await decide(round.id, "dismiss");
        const url = `${stepsUrl(round.id)}/${step.id}`;
        const before = [await stepRow(step.id), await count("survey_action_steps"), await count("audit_events")];
        const stale = await t.as("coordinator").patch(url, { version: 2, text: "Meet every week" });
        expect(stale.statusCode).toBe(409);
        expect(stale.json().error.code).toBe("conflict");
        for (const body of [{ version: 1 }, { version: 1, text: "Meet every month", decision: "dismiss" }]) {
          const empty = await t.as("coordinator").patch(url, body);
          expect(empty.statusCode).toBe(200);
          expect(empty.json()).toMatchObject({ id: step.id, text: "Meet every month", status: "dismissed", version: 1 });
        }
        const unknown = await t.as("coordinator").patch(url, { version: 1, scoreKey: "vision" });
        expect(unknown.statusCode).toBe(400);
        expect([await stepRow(step.id), await count("survey_action_steps"), await count("audit_events")]).toEqual(before);
      });

      it("hides another partnership's round and a step of another round, and lets no partner change a step", async () => {
        const round = await buildWeakRound(t.database.db, own, member);
        const step = await decide(round.id, "dismiss");
        const foreign = await buildWeakRound(t.database.db, t.world.partnerships.foreign.id, t.world.organizations.foreignMember.id);
        const foreignStep = (
          await t.as("admin").post(stepsUrl(foreign.id), { scoreKey: "communication", text: "Meet", decision: "dismiss" })
        ).json<{ id: string }>();
        const other = await buildWeakRound(t.database.db, own, member);
        const body = { version: 1, text: "Meet every week" };
        expect((await t.as("coordinator").patch(`${stepsUrl(foreign.id)}/${foreignStep.id}`, body)).statusCode).toBe(404);
        expect((await t.as("coordinator").patch(`${stepsUrl(other.id)}/${step.id}`, body)).statusCode).toBe(404);
        expect((await t.as("partner").patch(`${stepsUrl(round.id)}/${step.id}`, body)).statusCode).toBe(403);
        expect((await stepRow(step.id)).version).toBe(1);
      });
    });
  });
}
