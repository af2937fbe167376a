import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import {
  buildChecklistDocument,
  buildInstrumentDocument,
  buildInstrumentRound,
} from "../../../../test/support/survey-instruments-factories.js";
import { findInstrument, requireInstrument } from "./service.js";

for (const dialect of DIALECTS) {
  describe(`instruments on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const count = async (table: "instruments" | "audit_events") =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("lets an administrator add an instrument and a later version, each read back exactly", async () => {
      const first = buildInstrumentDocument({ id: "pulse-a" });
      const created = await t.as("admin").post("/api/v1/instruments", first);
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toEqual({ id: "pulse-a", version: 1 });
      const second = buildInstrumentDocument({ id: "pulse-a", version: 3, title: { en: "Pulse", fr: "Pouls" } });
      expect((await t.as("admin").post("/api/v1/instruments", second)).statusCode).toBe(201);

      expect((await t.as("partner").get("/api/v1/instruments/pulse-a")).json()).toEqual(second);
      expect((await t.as("evaluator").get("/api/v1/instruments/pulse-a?version=1")).json()).toEqual(first);
      expect((await t.as("coordinator").get("/api/v1/instruments/pulse-a?version=2")).statusCode).toBe(404);
      expect((await t.as("coordinator").get("/api/v1/instruments/nothing-here")).statusCode).toBe(404);
      expect(await findInstrument(t.database.db, "pulse-a")).toEqual(second);
      expect(await findInstrument(t.database.db, "pulse-a", 1)).toEqual(first);
      expect(await findInstrument(t.database.db, "pulse-a", 2)).toBeNull();
      await expect(requireInstrument(t.database.db, "nothing-here", undefined, "instrument")).rejects.toMatchObject({
        status: 400,
        details: [{ field: "instrument", message: "does not match any instrument" }],
      });
    });

    it("refuses a version not greater than the latest, saying which is the latest, and stores nothing", async () => {
      await t.as("admin").post("/api/v1/instruments", buildInstrumentDocument({ id: "pulse-b", version: 2 }));
      const before = [await count("instruments"), await count("audit_events")];
      for (const version of [1, 2]) {
        const res = await t.as("admin").request({
          method: "POST",
          url: "/api/v1/instruments",
          payload: buildInstrumentDocument({ id: "pulse-b", version }),
          headers: { "accept-language": "fr" },
        });
        expect(res.statusCode).toBe(409);
        expect(res.json().error.message).toBe(
          "La dernière version de « pulse-b » est la 2\u202f; une nouvelle version doit être supérieure",
        );
        expect(res.json().error.details).toMatchObject([{ field: "version", key: "instrument.versionField", values: { latest: 2 } }]);
      }
      expect([await count("instruments"), await count("audit_events")]).toEqual(before);
    });

    it("names every problem of a document by its path, in the reader's language, and stores nothing", async () => {
      const before = await count("instruments");
      const document = buildInstrumentDocument({
        id: "pulse-broken",
        title: { en: "Broken", fr: "" },
        scores: [{ key: "trust", title: { en: "Trust", fr: "Confiance" }, items: ["trust_1", "trust_9"] }],
      });
      const shape = await t.as("admin").post("/api/v1/instruments", document);
      expect(shape.statusCode).toBe(400);
      expect(shape.json().error.details).toMatchObject([
        { field: "title.fr", message: "is required" },
        { field: "scores.0.items.1", message: '"trust_9" is not an item of this instrument' },
      ]);

      const bands = [
        { key: "low", label: { en: "Low", fr: "Bas" }, min: 1 },
        { key: "high", label: { en: "High", fr: "Haut" }, min: 4 },
      ];
      const res = await t.as("admin").request({
        method: "POST",
        url: "/api/v1/instruments",
        payload: { ...document, title: { en: "Broken", fr: "Cassé" }, bands },
        headers: { "accept-language": "fr" },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([
        {
          field: "scores.0.items.1",
          key: "validation.scoreItemUnknown",
          values: { item: "trust_9" },
          message: "« trust_9 » n'est pas une question de cet instrument",
        },
        {
          field: "bands.1.min",
          key: "validation.bandsOrder",
          message: "doit suivre une tranche de min plus élevé\u00a0: les tranches vont du min le plus élevé au plus bas",
        },
      ]);
      expect(await count("instruments")).toBe(before);
    });

    it("keeps adding instruments to administrators, and lets everyone signed in read them", async () => {
      for (const who of ["programOfficer", "evaluator", "coordinator", "partner"] as const) {
        const res = await t.as(who).post("/api/v1/instruments", buildInstrumentDocument({ id: "pulse-refused" }));
        expect(res.statusCode).toBe(403);
        expect((await t.as(who).post("/api/v1/instruments/pulse-a/copy", { id: "pulse-refused" })).statusCode).toBe(403);
        expect((await t.as(who).get("/api/v1/instruments")).statusCode).toBe(200);
      }
      expect((await t.app.inject({ method: "GET", url: "/api/v1/instruments" })).statusCode).toBe(401);
      expect(await findInstrument(t.database.db, "pulse-refused")).toBeNull();
    });

    it("copies a version under a new id as its version 1, and refuses an id that exists", async () => {
      const res = await t.as("admin").post("/api/v1/instruments/pulse-a/copy", { id: "pulse-copy", version: 1 });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({ id: "pulse-copy", version: 1 });
      expect((await t.as("partner").get("/api/v1/instruments/pulse-copy")).json()).toEqual(buildInstrumentDocument({ id: "pulse-copy" }));
      const latest = await t.as("admin").post("/api/v1/instruments/pulse-a/copy", { id: "pulse-copy-2" });
      expect((await t.as("admin").get("/api/v1/instruments/pulse-copy-2")).json()).toMatchObject({ version: 1, title: { en: "Pulse" } });
      expect(latest.statusCode).toBe(201);
      const taken = await t.as("admin").post("/api/v1/instruments/pulse-b/copy", { id: "pulse-a" });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.details).toMatchObject([{ field: "id", message: "is the id of an existing instrument" }]);
      expect((await t.as("admin").post("/api/v1/instruments/nothing-here/copy", { id: "pulse-none" })).statusCode).toBe(404);
      expect((await t.as("admin").post("/api/v1/instruments/pulse-a/copy", { id: "pulse-none", version: 2 })).statusCode).toBe(404);
      const audit = await t.database.db
        .selectFrom("audit_events")
        .select(["entity", "entity_id", "user_id"])
        .where("entity_id", "=", "pulse-copy")
        .execute();
      expect(audit).toEqual([{ entity: "instrument", entity_id: "pulse-copy", user_id: t.world.users.admin.id }]);
    });

    it("lists the latest version of each with its versions, filtered, a page at a time, counting rounds within reach", async () => {
      await t.as("admin").post("/api/v1/instruments", buildChecklistDocument({ id: "zz-checklist" }));
      await buildInstrumentRound(t.database.db, t.world.partnerships.own.id, "zz-checklist");
      await buildInstrumentRound(t.database.db, t.world.partnerships.foreign.id, "zz-checklist");
      const page = (await t.as("admin").get("/api/v1/instruments?q=pulse-a&pageSize=5")).json();
      expect(page.data).toEqual([
        {
          id: "pulse-a",
          version: 3,
          versions: [1, 3],
          title: { en: "Pulse", fr: "Pouls" },
          purpose: null,
          builtIn: false,
          sectionCount: 2,
          itemCount: 8,
          scoreCount: 1,
          roundCount: 0,
          createdAt: expect.any(String),
        },
      ]);
      expect(page.pagination).toMatchObject({ total: 1, totalPages: 1 });
      const byTitle = (await t.as("admin").get("/api/v1/instruments?q=PARTICIPATION")).json();
      // The built-in checklist's title speaks of participation too.
      expect(byTitle.data.map((one: { id: string }) => one.id)).toEqual(["involvement-checklist", "zz-checklist"]);
      expect(byTitle.data[1]).toMatchObject({ purpose: "involvement", roundCount: 2 });
      const coordinator = (await t.as("coordinator").get("/api/v1/instruments?q=zz-")).json();
      expect(coordinator.data[0].roundCount).toBe(1);

      const all = (await t.as("partner").get("/api/v1/instruments?pageSize=100")).json();
      const storedIds = all.data.filter((one: { builtIn: boolean }) => !one.builtIn).map((one: { id: string }) => one.id);
      expect(storedIds).toEqual([...storedIds].sort());
      const pages = [];
      for (let number = 1; number <= Math.ceil(all.pagination.total / 2); number += 1) {
        pages.push(...(await t.as("partner").get(`/api/v1/instruments?pageSize=2&page=${number}`)).json().data);
      }
      expect(pages).toEqual(all.data);
    });
  });
}
