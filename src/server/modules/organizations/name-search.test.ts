import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildOrganization } from "../../../../test/support/factories.js";
import { trigramSchema } from "../../db/migrations/20261228300000-name-search.js";

for (const dialect of DIALECTS) {
  describe(`organization name search on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      for (const name of ["Centre d’action bénévole de Lévis", "Hamilton Police Service — Community Mobilization", "Ax Youth Hub", "Axe Jeunesse"]) {
        await buildOrganization(t.database.db, { name });
      }
    });
    afterAll(() => t.close());

    const search = async (q: string) =>
      (await t.as("admin").get(`/api/v1/organizations?q=${encodeURIComponent(q)}&sort=name`)).json().data.map((o: { name: string }) => o.name);

    it("finds a name by any part of it, whatever its case, accents and punctuation", async () => {
      expect(await search("ACTION BENEVOLE")).toEqual(["Centre d’action bénévole de Lévis"]);
      expect(await search("d'action")).toEqual(["Centre d’action bénévole de Lévis"]);
      expect(await search("service - community")).toEqual(["Hamilton Police Service — Community Mobilization"]);
      expect(await search("mobiliz")).toEqual(["Hamilton Police Service — Community Mobilization"]);
    });

    it("looks for one or two characters without the index, by the same rule", async () => {
      expect(await search("ax")).toEqual(["Ax Youth Hub", "Axe Jeunesse"]);
      expect(await search("HÜ")).toEqual(["Ax Youth Hub"]);
    });

    it("treats quotes and wildcards in the search as text", async () => {
      expect(await search('"police" OR %')).toEqual([]);
      expect(await search("100%")).toEqual([]);
    });

    it("keeps the index in step with renamed and deleted organizations", async () => {
      const created = await t.as("admin").post("/api/v1/organizations", { name: "Riverside Tenants Union", sector: "community_residents" });
      expect(await search("tenants union")).toEqual(["Riverside Tenants Union"]);
      await t.as("admin").patch(`/api/v1/organizations/${created.json().id}`, { name: "Riverside Residents Union" });
      expect(await search("tenants union")).toEqual([]);
      expect(await search("residents union")).toEqual(["Riverside Residents Union"]);
      expect((await t.as("admin").delete(`/api/v1/organizations/${created.json().id}`)).statusCode).toBe(204);
      expect(await search("residents union")).toEqual([]);
    });

    if (dialect === "sqlite") {
      it("answers a search from the trigram table rather than a scan of organizations", async () => {
        const plan = await sql<{ detail: string }>`explain query plan select id from organizations where id in
          (select id from organization_name_search where organization_name_search match '"police"')`.execute(t.database.db);
        expect(plan.rows.map((row) => row.detail).join("\n")).toMatch(/VIRTUAL TABLE INDEX/);
      });
    } else {
      it("indexes keys by trigram with pg_trgm, and still searches where the index is missing", async () => {
        expect(await trigramSchema(t.database.db)).toBe("public");
        const indexes = await sql<{ indexname: string }>`select indexname from pg_indexes where schemaname = current_schema() and tablename = 'organizations'`.execute(t.database.db);
        expect(indexes.rows.map((row) => row.indexname)).toContain("organizations_name_key_trgm_idx");
        await sql`drop index organizations_name_key_trgm_idx`.execute(t.database.db);
        expect(await search("mobiliz")).toEqual(["Hamilton Police Service — Community Mobilization"]);
      });
    }
  });
}
