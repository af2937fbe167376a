import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildOrganization } from "../../../../test/support/factories.js";

for (const dialect of DIALECTS) {
  describe(`organization websites on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("stores a website typed without its scheme as an https:// address, on creation and on change", async () => {
      const created = await t
        .as("admin")
        .post("/api/v1/organizations", { name: "Harbour Youth", sector: "police", website: "harbour.example.org" });
      expect(created.json().website).toBe("https://harbour.example.org");
      const stored = await t.database.db
        .selectFrom("organizations")
        .select("website")
        .where("id", "=", created.json().id)
        .executeTakeFirstOrThrow();
      expect(stored.website).toBe("https://harbour.example.org");

      const changed = await t.as("admin").patch(`/api/v1/organizations/${created.json().id}`, { website: "www.harbour.example.org/fr" });
      expect(changed.json().website).toBe("https://www.harbour.example.org/fr");
    });

    it("shows a website stored earlier without its scheme as an address that can be followed", async () => {
      const organization = await buildOrganization(t.database.db, { name: "Older Row Centre", sector: "research" });
      await t.database.db.updateTable("organizations").set({ website: "older.example.org" }).where("id", "=", organization.id).execute();
      const read = await t.as("admin").get(`/api/v1/organizations/${organization.id}`);
      expect(read.json().website).toBe("https://older.example.org");
    });
  });
}
