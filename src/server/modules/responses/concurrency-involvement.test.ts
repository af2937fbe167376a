// Two tabs saving and submitting at once keep one consistent response, on both databases; and a
// submitted involvement checklist becomes the member's involvement record for the respondent's
// perspective and the round, saved by nobody, named in the trail, updated by a later submission.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildRespondent, buildSurveyScene, sampleChecklist, storeInstrument } from "../../../../test/support/survey-response-factories.js";
import { roundSchema } from "../../../contracts/involvement.js";

for (const dialect of DIALECTS) {
  describe(`concurrent saves and the involvement checklist (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t.close());

    const send = (method: "PUT" | "POST", url: string, answers: Record<string, unknown>) =>
      t.app.inject({ method, url, payload: { answers }, remoteAddress: "10.4.0.1" });

    it("keeps every answer of saves sent at once, and one whole submission of two tabs submitting at once", async () => {
      const scene = await buildSurveyScene(t.database.db);
      const respondent = await buildRespondent(t.database.db, scene);
      const url = `/api/v1/responses/${respondent.token}`;
      const saves: [string, unknown][] = [
        ["trust", 4],
        ["conflict", 2],
        ["goals", "partly"],
        ["benefits", ["contacts"]],
        ["again", "yes"],
        ["meetings", 7],
        ["role", "Chair"],
        ["comments", "Fine"],
      ];
      const saved = await Promise.all(saves.map(([item, value]) => send("PUT", url, { [item]: value })));
      expect(saved.map((response) => response.statusCode)).toEqual(saves.map(() => 200));
      const rows = await t.database.db.selectFrom("survey_responses").selectAll().where("respondent_id", "=", respondent.id).execute();
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0]?.answers ?? "{}")).toEqual(Object.fromEntries(saves));
      expect(rows[0]?.version).toBe(saves.length);

      const tabs = [
        { trust: 5, goals: "fully", role: "Tab one" },
        { trust: 1, goals: "partly", role: "Tab two" },
      ];
      const submitted = await Promise.all(tabs.map((answers) => send("POST", `${url}/submit`, answers)));
      expect(submitted.map((response) => response.statusCode)).toEqual([200, 200]);
      const after = await t.database.db.selectFrom("survey_responses").selectAll().where("respondent_id", "=", respondent.id).execute();
      expect(after).toHaveLength(1);
      const final = JSON.parse(after[0]?.answers ?? "{}");
      // One tab's answers whole, never a mix of the two.
      const winner = tabs.find((answers) => answers.role === final.role);
      expect(winner).toBeDefined();
      expect(final).toMatchObject(winner ?? {});
      expect(after[0]?.version).toBe(saves.length + 2);
      const last = submitted.map((response) => response.json().submittedAt).sort()[1];
      expect(after[0]?.submitted_at).toBe(last);
    });

    it("makes a submitted checklist the member's record for the perspective and round, saved by nobody and updated by a later submission", async () => {
      const db = t.database.db;
      const checklist = await storeInstrument(db, sampleChecklist(`checklist-feed-${dialect}`));
      const scene = await buildSurveyScene(db, { instrument: checklist, label: "Mi-parcours (2027)" });
      const partner = await buildRespondent(db, scene, { perspective: "partner", contactName: "Ana Lee" });
      const lead = await buildRespondent(db, scene, {
        organizationId: scene.partnership.leadOrganizationId,
        perspective: "lead",
        membershipId: scene.membership.id,
      });
      const partnerUrl = `/api/v1/responses/${partner.token}`;
      expect((await send("PUT", partnerUrl, { proposal_copy: "yes", support_letter: "no" })).statusCode).toBe(200);
      const records = () => db.selectFrom("involvement_records").selectAll().where("membership_id", "=", scene.membership.id).execute();
      // Saved but not submitted: no record yet.
      expect(await records()).toEqual([]);
      const submitted = await send("POST", `${partnerUrl}/submit`, {});
      expect(submitted.statusCode, submitted.body).toBe(200);
      const [record] = await records();
      expect(roundSchema.parse("mi-parcours-2027")).toBe("mi-parcours-2027");
      expect(record).toMatchObject({
        perspective: "partner",
        round: "mi-parcours-2027",
        respondent: "Ana Lee",
        answered_on: submitted.json().submittedAt.slice(0, 10),
        proposal_copy: 1,
        support_letter: 0,
        coordinated_activities: null,
        created_by: null,
        updated_by: null,
      });
      const events = await db
        .selectFrom("audit_events")
        .selectAll()
        .where("entity_id", "=", record?.id ?? "")
        .execute();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ user_id: null, action: "create", entity: "involvement_record" });
      expect(JSON.parse(events[0]?.details ?? "{}")).toMatchObject({
        perspective: "partner",
        round: "mi-parcours-2027",
        surveyRound: { id: scene.round.id, label: "Mi-parcours (2027)" },
      });

      // A later submission with a change updates the same record; the same again changes nothing.
      expect((await send("POST", `${partnerUrl}/submit`, { support_letter: "yes" })).statusCode).toBe(200);
      expect((await send("POST", `${partnerUrl}/submit`, { support_letter: "yes" })).statusCode).toBe(200);
      const updated = await records();
      expect(updated).toHaveLength(1);
      expect(updated[0]).toMatchObject({ id: record?.id, support_letter: 1, updated_by: null });
      const trail = await db
        .selectFrom("audit_events")
        .select("action")
        .where("entity_id", "=", record?.id ?? "")
        .execute();
      expect(trail.map((event) => event.action).sort()).toEqual(["create", "update"]);

      // The lead's view of the same member is a record of its own.
      expect((await send("POST", `/api/v1/responses/${lead.token}/submit`, { coordinated_activities: "yes" })).statusCode).toBe(200);
      const both = await records();
      expect(both.map((row) => [row.perspective, row.coordinated_activities]).sort()).toEqual([
        ["lead", 1],
        ["partner", null],
      ]);
      expect(both.every((row) => row.type !== "")).toBe(true);
    });
  });
}
