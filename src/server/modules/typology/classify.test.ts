import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { sharedDecisionRubric, storeRubric } from "../../../../test/support/involvement-factories.js";

const url = "/api/v1/typology/classify";

for (const dialect of DIALECTS) {
  describe(`classification API on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("classifies with the default rubric and explains the type", async () => {
      const res = await t.as("partner").post(url, {
        indicators: { shared_decision_making: true, responsible_implementation: true, fiscal_management: false, reporting_results: null },
      });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ type: "coordination", rubric: { id: "partnership-study-2002", version: 1 }, complete: false });
      expect(body.reasons.map((reason: { kind: string; level: string }) => `${reason.kind}:${reason.level}`)).toEqual([
        "met:coordination",
        "missing:collaboration",
        "incomplete:coordination",
      ]);
      expect(body.reasons[1].text.en).toBe("not collaboration: no responsibility for reporting results or fiscal management");
    });

    it("gives collaboration when decisions, implementation and accountability are all shared", async () => {
      const res = await t.as("evaluator").post(url, {
        indicators: { shared_decision_making: true, responsible_implementation: true, reporting_results: true },
      });
      expect(res.json()).toMatchObject({ type: "collaboration", complete: false });
    });

    it("names each unknown key and each answer that is not true, false or null", async () => {
      const res = await t.as("admin").post(url, { indicators: { support_leter: true, proposal_copy: "yes", human_resources: 1 } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toMatchObject([
        { field: "indicators.support_leter", message: "is not a known indicator" },
        { field: "indicators.proposal_copy", message: "must be true, false or null" },
        { field: "indicators.human_resources", message: "must be true, false or null" },
      ]);
    });

    it("refuses answers the chosen rubric does not read, and rubrics that do not exist", async () => {
      const foreign = await t.as("admin").post(url, { indicators: { consulted: true, proposal_copy: true } });
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.details).toMatchObject([
        { field: "indicators.consulted", message: 'is not an indicator of the rubric "partnership-study-2002"' },
      ]);
      const missing = await t.as("admin").post(url, { indicators: {}, rubric: "no-such-rubric" });
      expect(missing.json().error.details).toMatchObject([{ field: "rubric", message: "does not match any rubric" }]);
      expect((await t.as("admin").post(url, { rubric: "partnership-study-2002" })).json().error.details[0].field).toBe("indicators");
    });

    it("classifies national relationships with the national rubric", async () => {
      const res = await t
        .as("coordinator")
        .post(url, { rubric: "national-study-2002", indicators: { exchanges_resources: true, consulted: true, joint_planning: false } });
      expect(res.json()).toMatchObject({ type: "consultative", complete: true, rubric: { id: "national-study-2002", version: 1 } });
    });

    it("classifies with the latest version of a stored rubric", async () => {
      await storeRubric(t.database.db, sharedDecisionRubric("classify-stored", 1, "shared_decision_making"));
      await storeRubric(t.database.db, sharedDecisionRubric("classify-stored", 2, "coordinated_activities"));
      const res = await t
        .as("admin")
        .post(url, { rubric: "classify-stored", indicators: { shared_decision_making: false, coordinated_activities: true } });
      expect(res.json()).toMatchObject({ type: "engaged", rubric: { id: "classify-stored", version: 2 }, complete: true });
    });
  });
}
