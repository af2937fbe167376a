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
      for (const name of [
        "Centre d’action bénévole de Lévis",
        "Hamilton Police Service — Community Mobilization",
        "Ax Youth Hub",
        "Axe Jeunesse",
      ]) {
        await buildOrganization(t.database.db, { name });
      }
    });
    afterAll(() => t.close());

    const search = async (q: string) =>
      (await t.as("admin").get(`/api/v1/organizations?q=${encodeURIComponent(q)}&sort=name`))
        .json()
        .data.map((o: { name: string }) => o.name);

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

    it("pages and counts a search that matches a thousand organizations the same way as a rare one", async () => {
      const at = new Date().toISOString();
      const rows = Array.from({ length: 1_100 }, (_, index) => {
        const name = `Common Ground Network ${String(index).padStart(4, "0")}`;
        return {
          id: `00000000-0000-7000-8000-${String(index).padStart(12, "0")}`,
          name,
          name_key: name.toLowerCase(),
          sector: index % 2 === 0 ? "faith" : "other",
          government_level: null,
          has_crime_prevention_mandate: 0,
          website: null,
          notes: null,
          created_by: null,
          created_at: at,
          updated_at: at,
        };
      });
      for (let start = 0; start < rows.length; start += 200)
        await t.database.db
          .insertInto("organizations")
          .values(rows.slice(start, start + 200))
          .execute();
      const page = (await t.as("admin").get("/api/v1/organizations?q=common%20ground&sort=name&order=desc&page=2&pageSize=3")).json();
      expect(page.pagination).toEqual({ page: 2, pageSize: 3, total: 1_100, totalPages: 367 });
      expect(page.data.map((o: { name: string }) => o.name)).toEqual([
        "Common Ground Network 1096",
        "Common Ground Network 1095",
        "Common Ground Network 1094",
      ]);
      const faith = (await t.as("admin").get("/api/v1/organizations?q=common%20ground&sector=faith&sort=createdAt&pageSize=1")).json();
      expect(faith.pagination.total).toBe(550);
      expect((await t.as("coordinator").get("/api/v1/organizations?q=common%20ground&pageSize=1")).json().pagination.total).toBe(1_100);
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
        const indexes = await sql<{
          indexname: string;
        }>`select indexname from pg_indexes where schemaname = current_schema() and tablename = 'organizations'`.execute(t.database.db);
        expect(indexes.rows.map((row) => row.indexname)).toContain("organizations_name_key_trgm_idx");
        await sql`drop index organizations_name_key_trgm_idx`.execute(t.database.db);
        expect(await search("mobiliz")).toEqual(["Hamilton Police Service — Community Mobilization"]);
      });
    }
  });
}
