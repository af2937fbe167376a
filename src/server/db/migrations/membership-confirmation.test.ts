import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { migrateToLatest } from "../migrate.js";

for (const dialect of DIALECTS) {
  describe(`the membership-confirmation upgrade on ${dialect}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { upTo: "20261229200000-audit-view" });
    });
    afterAll(() => database.close());

    it("keeps every membership, confirmed on the day it was made, so that nobody's access changes", async () => {
      const db = database.db;
      const at = "2026-11-30T08:00:00.000Z";
      await sql`insert into programs (id, code, name, created_at, updated_at) values ('p1', 'UPG', 'Upgrade Program', ${at}, ${at})`.execute(
        db,
      );
      await sql`insert into organizations (id, name, name_key, sector, has_crime_prevention_mandate, created_at, updated_at)
        values ('o1', 'Kept Agency', 'kept agency', 'police', 0, ${at}, ${at})`.execute(db);
      await sql`insert into partnerships (id, program_id, name, name_key, lead_organization_id, priority_groups, focus_issues, status, created_at, updated_at)
        values ('s1', 'p1', 'Kept Partnership', 'kept partnership', 'o1', '[]', '[]', 'active', ${at}, ${at})`.execute(db);
      await sql`insert into memberships (id, partnership_id, organization_id, is_new_partner, notes, created_at, updated_at)
        values ('m1', 's1', 'o1', 0, 'Kept notes', ${at}, '2026-12-01T08:00:00.000Z')`.execute(db);
      const { applied } = await migrateToLatest(db);
      expect(applied).toContain("20261230400000-membership-confirmation");
      const after = await db.selectFrom("memberships").selectAll().where("id", "=", "m1").executeTakeFirstOrThrow();
      expect(after).toMatchObject({ notes: "Kept notes", created_at: at, updated_at: "2026-12-01T08:00:00.000Z", confirmed_at: at });
    });
  });
}
