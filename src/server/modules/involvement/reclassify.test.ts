import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram } from "../../../../test/support/factories.js";

const text = { en: "Text", fr: "Texte" };

/** A rubric that reads two indicators and calls a member "engaged" when `indicator` is yes. */
function engagedWhen(id: string, indicator: string, version?: number) {
  return {
    id,
    ...(version === undefined ? {} : { version }),
    title: { en: "Engagement", fr: "Engagement" },
    indicators: ["shared_decision_making", "coordinated_activities"],
    levels: [
      { key: "engaged", label: { en: "Engaged", fr: "Engagé" }, condition: indicator, rationale: text },
      { key: "none", label: { en: "None", fr: "Aucun" }, condition: "always", rationale: text },
    ],
  };
}

for (const dialect of DIALECTS) {
  describe(`re-classifying involvement on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    /** A partnership of its own in a program of its own, so that choosing the program's rubric touches no other test. */
    async function isolatedMember() {
      const program = await buildProgram(t.database.db);
      const partnership = await buildPartnership(t.database.db, { programId: program.id });
      const organization = await buildOrganization(t.database.db);
      const membership = await buildMembership(t.database.db, partnership.id, organization.id);
      return { program, partnership, url: `/api/v1/partnerships/${partnership.id}/members/${membership.id}` };
    }

    it("keeps stored results as they were when the rubric gets a new version, until re-classified", async () => {
      const { program, partnership, url } = await isolatedMember();
      expect((await t.as("admin").post("/api/v1/rubrics", engagedWhen("drift-check", "shared_decision_making"))).statusCode).toBe(201);
      expect((await t.as("admin").put(`/api/v1/programs/${program.id}/default-rubric`, { rubricId: "drift-check" })).statusCode).toBe(200);
      const answers = { indicators: { shared_decision_making: true, coordinated_activities: false } };
      const saved = (await t.as("admin").put(`${url}/involvement/lead/baseline`, answers)).json();
      expect(saved.classification).toMatchObject({ type: "engaged", rubric: { id: "drift-check", version: 1 } });

      expect((await t.as("admin").post("/api/v1/rubrics", engagedWhen("drift-check", "coordinated_activities", 2))).statusCode).toBe(201);
      const [unchanged] = (await t.as("admin").get(`${url}/involvement`)).json().data;
      expect(unchanged.classification).toEqual(saved.classification);

      const reclassified = await t.as("admin").post(`/api/v1/partnerships/${partnership.id}/involvement/reclassify`, {});
      expect(reclassified.statusCode).toBe(200);
      expect(reclassified.json()).toEqual({ rubric: { id: "drift-check", version: 2 }, reclassified: 1, changed: 1 });
      const [after] = (await t.as("admin").get(`${url}/involvement`)).json().data;
      expect(after.classification).toMatchObject({ type: "none", rubric: { id: "drift-check", version: 2 } });
      expect(after.updatedAt).toBe(saved.updatedAt);
    });

    it("re-classifies with a rubric given by id, without changing the program's choice", async () => {
      const { program, partnership, url } = await isolatedMember();
      await t.as("admin").put(`${url}/involvement/lead/baseline`, { indicators: { shared_decision_making: true } });
      await t.as("admin").put(`${url}/involvement/partner/baseline`, { indicators: { proposal_copy: true } });
      await t.as("admin").put(`${url}/involvement/partner/final`, { indicators: {} });
      const res = await t
        .as("admin")
        .post(`/api/v1/partnerships/${partnership.id}/involvement/reclassify`, { rubricId: "partnership-study-2002" });
      expect(res.json()).toEqual({ rubric: { id: "partnership-study-2002", version: 1 }, reclassified: 3, changed: 0 });
      expect((await t.as("admin").get(`/api/v1/programs/${program.id}/default-rubric`)).json().setAt).toBeNull();
    });

    it("refuses rubrics that cannot classify involvement records", async () => {
      const { partnership } = await isolatedMember();
      const reclassify = `/api/v1/partnerships/${partnership.id}/involvement/reclassify`;
      expect((await t.as("admin").post(reclassify, { rubricId: "national-study-2002" })).json().error.details).toMatchObject([
        {
          field: "rubricId",
          message: "reads indicators that involvement records do not hold (exchanges_resources, consulted, joint_planning)",
        },
      ]);
      expect((await t.as("admin").post(reclassify, { rubricId: "not-there" })).json().error.details).toMatchObject([
        { field: "rubricId", message: "does not match any rubric" },
      ]);
    });

    it("is for those who manage the partnership", async () => {
      const own = `/api/v1/partnerships/${t.world.partnerships.own.id}/involvement/reclassify`;
      expect((await t.as("coordinator").post(own)).statusCode).toBe(200);
      expect((await t.as("evaluator").post(own, {})).statusCode).toBe(403);
      expect(
        (await t.as("coordinator").post(`/api/v1/partnerships/${t.world.partnerships.foreign.id}/involvement/reclassify`, {})).statusCode,
      ).toBe(404);
    });
  });
}
