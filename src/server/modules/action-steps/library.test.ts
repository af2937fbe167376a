import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildInstrument } from "../../../../test/support/survey-action-factories.js";
import type { Actor } from "../../actor.js";
import { deleteSuggestion, listSuggestions, updateSuggestion } from "./library-service.js";

for (const dialect of DIALECTS) {
  describe(`the library of suggested action steps on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let instrument: string;
    let admin: Actor;
    const builtIns = () => [
      {
        key: `${instrument}.communication.1`,
        instrument,
        score: "communication",
        text: { en: "Meet monthly", fr: "Se réunir chaque mois" },
      },
      {
        key: `${instrument}.communication.2`,
        instrument,
        score: "communication",
        text: { en: "Share minutes", fr: "Diffuser les comptes rendus" },
      },
    ];
    const list = async (hidden = false) =>
      (await listSuggestions(t.database.db, admin, { page: 1, pageSize: 25, instrument, score: "communication", hidden }, builtIns())).data;

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      instrument = (await buildInstrument(t.database.db)).id;
      admin = { userId: t.world.users.admin.id, email: "a@example.org", name: "A", role: "admin", organizationId: null, locale: "en" };
    });
    afterAll(() => t.close());

    it("rewords a built-in suggestion: its first edit stores its row, version 0 → 1, and a stale version is refused", async () => {
      const key = `${instrument}.communication.1`;
      expect((await list())[0]).toMatchObject({ key, version: 0, edited: false, abilities: { update: true, delete: true } });
      const text = { en: "Meet every two weeks", fr: "Se réunir aux deux semaines" };
      const changed = await updateSuggestion(t.database.db, admin, key, { version: 0, text }, builtIns());
      expect(changed).toMatchObject({ key, text, version: 1, edited: true, builtIn: true });
      await expect(updateSuggestion(t.database.db, admin, key, { version: 0, text }, builtIns())).rejects.toMatchObject({
        code: "conflict",
      });
      const events = await t.database.db.selectFrom("audit_events").select("action").where("entity", "=", "action_suggestion").execute();
      expect(events.map((e) => e.action)).toEqual(["update"]);
    });

    it("hides a built-in suggestion on delete and restores it", async () => {
      const key = `${instrument}.communication.2`;
      await deleteSuggestion(t.database.db, admin, key, builtIns());
      expect((await list()).map((s) => s.key)).not.toContain(key);
      const hidden = (await list(true)).find((s) => s.key === key);
      expect(hidden).toMatchObject({ hidden: true, version: 1 });
      await updateSuggestion(t.database.db, admin, key, { version: 1, hidden: false }, builtIns());
      expect((await list()).find((s) => s.key === key)).toMatchObject({ hidden: false, version: 2, text: { en: "Share minutes" } });
    });

    it("adds, rewords and removes a suggestion through the API, administrators only", async () => {
      const added = await t.as("admin").post("/api/v1/action-suggestions", {
        instrument,
        score: "vision",
        text: { en: "Write the vision down", fr: "Mettre la vision par écrit" },
      });
      expect(added.statusCode).toBe(201);
      const key: string = added.json().key;
      expect(added.json()).toMatchObject({ builtIn: false, version: 1, position: 1 });
      const read = await t.as("partner").get(`/api/v1/action-suggestions?instrument=${instrument}&score=vision`);
      expect(read.json()).toMatchObject({ data: [{ key, abilities: { update: false, delete: false } }], pagination: { total: 1 } });
      expect((await t.as("coordinator").post("/api/v1/action-suggestions", added.json())).statusCode).toBe(400);
      expect(
        (await t.as("coordinator").post("/api/v1/action-suggestions", { instrument, score: "vision", text: { en: "x", fr: "x" } }))
          .statusCode,
      ).toBe(403);
      const badScore = await t
        .as("admin")
        .post("/api/v1/action-suggestions", { instrument, score: "leadership", text: { en: "x", fr: "x" } });
      expect([badScore.statusCode, badScore.json().error.details[0].field]).toEqual([400, "score"]);
      const patched = await t
        .as("admin")
        .patch(`/api/v1/action-suggestions/${key}`, { version: 1, text: { en: "Write it", fr: "L’écrire" } });
      expect(patched.json()).toMatchObject({ version: 2, text: { en: "Write it" } });
      expect((await t.as("coordinator").delete(`/api/v1/action-suggestions/${key}`)).statusCode).toBe(403);
      expect((await t.as("admin").delete(`/api/v1/action-suggestions/${key}`)).statusCode).toBe(204);
      expect((await t.as("admin").delete(`/api/v1/action-suggestions/${key}`)).statusCode).toBe(404);
    });
  });
}
