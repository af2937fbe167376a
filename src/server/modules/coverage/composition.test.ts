import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_COMPOSITION } from "../../../domain/coverage/default-composition.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";

const text = { en: "Seat", fr: "Siège" };
const document = {
  slots: [
    { kind: "sectors", key: "police", label: { en: "Police", fr: "Police" }, why: text, required: true, sectors: ["police"] },
    { kind: "most_affected", key: "voices", label: { en: "Voices", fr: "Voix" }, why: text, required: true },
    { kind: "critic", key: "critic", label: { en: "Critic", fr: "Critique" }, why: text, required: true },
  ],
};

for (const dialect of DIALECTS) {
  describe(`program compositions on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let own: string;
    let foreign: string;
    const stored = async () => t.database.db.selectFrom("program_compositions").selectAll().orderBy("program_id").execute();
    const auditsOf = async (programId: string) =>
      t.database.db.selectFrom("audit_events").select(["action", "user_id"]).where("entity", "=", "program_composition").where("entity_id", "=", programId).orderBy("id").execute();
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      own = `/api/v1/programs/${t.world.programs.own.id}/composition`;
      foreign = `/api/v1/programs/${t.world.programs.foreign.id}/composition`;
    });
    afterAll(() => t.close());

    it("gives the built-in composition, flagged as the default, to a program that has none", async () => {
      const res = await t.as("evaluator").get(own);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ programId: t.world.programs.own.id, isDefault: true, composition: DEFAULT_COMPOSITION, updatedAt: null, updatedBy: null, abilities: { update: false } });
      expect((await t.as("programOfficer").get(own)).json().abilities).toEqual({ update: true });
      expect((await t.as("programOfficer").get(foreign)).json().abilities).toEqual({ update: false });
      expect((await t.as("admin").get(foreign)).json().abilities).toEqual({ update: true });
    });

    it("lets a program officer write the composition of an assigned program, with an audit trail", async () => {
      const res = await t.as("programOfficer").put(own, document);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ isDefault: false, composition: document, updatedBy: { id: t.world.users.programOfficer.id }, abilities: { update: true } });
      expect((await t.as("partner").get(own)).json()).toMatchObject({ isDefault: false, composition: document, abilities: { update: false } });
      const again = await t.as("admin").put(own, { slots: [document.slots[0]] });
      expect(again.json().composition.slots).toHaveLength(1);
      expect((await auditsOf(t.world.programs.own.id)).map((event) => event.action)).toEqual(["create", "update"]);
    });

    it("returns to the default when the program's composition is deleted, and deleting again changes nothing", async () => {
      await t.as("admin").put(own, document);
      const before = (await auditsOf(t.world.programs.own.id)).length;
      expect((await t.as("programOfficer").delete(own)).statusCode).toBe(204);
      expect((await t.as("programOfficer").get(own)).json()).toMatchObject({ isDefault: true, composition: DEFAULT_COMPOSITION, updatedAt: null });
      expect((await t.as("programOfficer").delete(own)).statusCode).toBe(204);
      expect((await auditsOf(t.world.programs.own.id)).map((event) => event.action).slice(before)).toEqual(["delete"]);
    });

    it("keeps the composition to administrators and the program's own officers", async () => {
      const before = await stored();
      expect((await t.as("programOfficer").put(foreign, document)).statusCode).toBe(403);
      expect((await t.as("programOfficer").delete(foreign)).statusCode).toBe(403);
      for (const who of ["evaluator", "coordinator", "partner"] as const) {
        expect((await t.as(who).put(own, document)).statusCode).toBe(403);
        expect((await t.as(who).delete(own)).statusCode).toBe(403);
        // The role is refused before the body is read, so a bad document teaches nothing either.
        expect((await t.as(who).put(own, { slots: "none" })).statusCode).toBe(403);
      }
      expect(await stored()).toEqual(before);
    });

    it("hides programs a partner does not work in and answers 404 for a program that does not exist", async () => {
      expect((await t.as("partner").get(foreign)).statusCode).toBe(404);
      const missing = "/api/v1/programs/01890000-0000-7000-8000-000000000000/composition";
      expect((await t.as("admin").get(missing)).statusCode).toBe(404);
      expect((await t.as("admin").put(missing, document)).statusCode).toBe(404);
      expect((await t.as("admin").delete(missing)).statusCode).toBe(404);
    });

    it("names every invalid field of a bad document and stores nothing", async () => {
      const before = await stored();
      const res = await t.as("admin").put(own, {
        slots: [
          { kind: "sectors", key: "police", label: { en: "Police" }, why: text, required: "yes", sectors: ["police", "sheriffs"] },
          { kind: "sectors", key: "police", label: text, why: text, required: true, sectors: [] },
          { kind: "mayor", key: "mayor", label: text, why: text, required: true },
          { kind: "critic", key: "Critic!", label: text, why: { en: "", fr: "Pourquoi" }, required: false },
        ],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("validation_failed");
      expect(res.json().error.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
        "slots.0.label.fr",
        "slots.0.required",
        "slots.0.sectors.1",
        "slots.1.sectors",
        "slots.2.kind",
        "slots.3.key",
        "slots.3.why.en",
      ]);
      const duplicate = await t.as("admin").put(own, { slots: [document.slots[0], document.slots[0]] });
      expect(duplicate.json().error.details).toMatchObject([{ field: "slots.1.key", message: "is used by another slot" }]);
      expect((await t.as("admin").put(own, { slots: [] })).json().error.details).toEqual([
        { field: "slots", message: "must list at least 1 item", key: "validation.tooFew", values: { count: 1 } },
      ]);
      expect(await stored()).toEqual(before);
    });
  });
}
