import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";

const text = { en: "Text", fr: "Texte" };

function document(id: string, condition: unknown = "shared_decision_making", extra: Record<string, unknown> = {}) {
  return {
    id,
    title: { en: "Decision rubric", fr: "Grille des décisions" },
    indicators: ["shared_decision_making", "coordinated_activities"],
    levels: [
      { key: "engaged", label: { en: "Engaged", fr: "Engagé" }, condition, rationale: text },
      { key: "none", label: { en: "None", fr: "Aucun" }, condition: "always", rationale: text },
    ],
    ...extra,
  };
}

for (const dialect of DIALECTS) {
  describe(`rubrics on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const rubricCount = async () =>
      Number(
        (
          await t.database.db
            .selectFrom("rubrics")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("lets an evaluator add a rubric and then its next version, keeping the first", async () => {
      const first = await t.as("evaluator").post("/api/v1/rubrics", document("city-decisions"));
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        id: "city-decisions",
        version: 1,
        isBuiltIn: false,
        levels: [{ key: "engaged", condition: "shared_decision_making" }, { key: "none" }],
      });
      const second = await t
        .as("admin")
        .post("/api/v1/rubrics", document("city-decisions", { any: ["shared_decision_making", "coordinated_activities"] }, { version: 2 }));
      expect(second.statusCode).toBe(201);
      expect((await t.as("partner").get("/api/v1/rubrics/city-decisions")).json()).toMatchObject({
        version: 2,
        levels: [{ condition: { any: ["shared_decision_making", "coordinated_activities"] } }, { key: "none" }],
      });
      expect((await t.as("partner").get("/api/v1/rubrics/city-decisions?version=1")).json().levels[0].condition).toBe(
        "shared_decision_making",
      );
      expect((await t.as("partner").get("/api/v1/rubrics/city-decisions?version=3")).statusCode).toBe(404);
    });

    it("refuses a version other than the next one, and built-in ids", async () => {
      await t.as("admin").post("/api/v1/rubrics", document("versioned"));
      const before = await rubricCount();
      const stale = await t.as("admin").post("/api/v1/rubrics", document("versioned", "coordinated_activities", { version: 1 }));
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.details).toMatchObject([{ field: "version", message: "must be 2, the next version of this rubric" }]);
      const builtIn = await t.as("admin").post("/api/v1/rubrics", document("partnership-study-2002"));
      expect(builtIn.statusCode).toBe(409);
      expect(builtIn.json().error.details).toMatchObject([{ field: "id", message: "belongs to a built-in rubric" }]);
      expect(await rubricCount()).toBe(before);
    });

    it("names every problem of an invalid document and stores nothing", async () => {
      const before = await rubricCount();
      const res = await t.as("admin").post("/api/v1/rubrics", {
        ...document("broken", { any: ["shared_decision_making", "sharred"] }),
        indicators: ["shared_decision_making", "coordinated_actvities"],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toMatchObject([
        { field: "indicators.1", message: '"coordinated_actvities" is not a known indicator' },
        { field: "levels.0.condition.any.1", message: '"sharred" is not a known indicator' },
      ]);
      const noFallback = await t
        .as("admin")
        .post("/api/v1/rubrics", { ...document("broken"), levels: [document("broken").levels[0], document("broken").levels[0]] });
      expect(noFallback.json().error.details.map((d: { field: string }) => d.field)).toEqual(["levels.1.key", "levels"]);
      expect((await t.as("admin").post("/api/v1/rubrics", { ...document("broken"), levels: [] })).json().error.details).toMatchObject([
        { field: "levels", message: "must list at least 2 items", key: "validation.tooFew", values: { count: 2 } },
      ]);
      expect(await rubricCount()).toBe(before);
    });

    it("lists the built-in rubrics first, then the latest version of each stored one, a page at a time", async () => {
      await t.as("admin").post("/api/v1/rubrics", document("zz-last"));
      const all = (await t.as("coordinator").get("/api/v1/rubrics?pageSize=100")).json();
      const ids = all.data.map((rubric: { id: string }) => rubric.id);
      expect(ids.slice(0, 2)).toEqual(["partnership-study-2002", "national-study-2002"]);
      expect(ids.at(-1)).toBe("zz-last");
      expect(new Set(ids).size).toBe(ids.length);
      const page2 = (await t.as("coordinator").get("/api/v1/rubrics?pageSize=2&page=2")).json();
      expect(page2.pagination.total).toBe(all.pagination.total);
      expect(page2.data.map((rubric: { id: string }) => rubric.id)).toEqual(ids.slice(2, 4));
      expect(all.data[0]).toMatchObject({
        isBuiltIn: true,
        createdAt: null,
        levels: [{ key: "collaboration" }, {}, {}, {}, { key: "none", condition: "always" }],
      });
    });

    describe("a program's rubric", () => {
      const own = () => `/api/v1/programs/${t.world.programs.own.id}/default-rubric`;

      it("is the built-in default until someone chooses another", async () => {
        const res = await t.as("partner").get(`/api/v1/programs/${t.world.programs.foreign.id}/default-rubric`);
        expect(res.statusCode).toBe(404);
        expect((await t.as("coordinator").get(`/api/v1/programs/${t.world.programs.foreign.id}/default-rubric`)).json()).toMatchObject({
          rubric: { id: "partnership-study-2002", version: 1 },
          setAt: null,
        });
      });

      it("can be chosen by the program's evaluator, but not one reading other indicators than involvement records hold", async () => {
        await t.as("admin").post("/api/v1/rubrics", document("program-choice"));
        const chosen = await t.as("evaluator").put(own(), { rubricId: "program-choice" });
        expect(chosen.statusCode).toBe(200);
        expect(chosen.json()).toMatchObject({ programId: t.world.programs.own.id, rubric: { id: "program-choice", version: 1 } });
        expect(chosen.json().setAt).not.toBeNull();
        const national = await t.as("evaluator").put(own(), { rubricId: "national-study-2002" });
        expect(national.statusCode).toBe(400);
        expect(national.json().error.details).toMatchObject([
          {
            field: "rubricId",
            message: "reads indicators that involvement records do not hold (exchanges_resources, consulted, joint_planning)",
          },
        ]);
        expect((await t.as("evaluator").put(own(), { rubricId: "missing-rubric" })).json().error.details[0]).toMatchObject({
          field: "rubricId",
          message: "does not match any rubric",
        });
        expect((await t.as("partner").get(own())).json().rubric.id).toBe("program-choice");
        await t.as("admin").put(own(), { rubricId: "partnership-study-2002" });
      });

      it("cannot be chosen by an evaluator of another program", async () => {
        const res = await t
          .as("evaluator")
          .put(`/api/v1/programs/${t.world.programs.foreign.id}/default-rubric`, { rubricId: "partnership-study-2002" });
        expect(res.statusCode).toBe(403);
      });
    });
  });
}
