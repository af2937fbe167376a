import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { migrateToLatest } from "../migrate.js";

for (const dialect of DIALECTS) {
  describe(`the user-access upgrade on ${dialect}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { upTo: "20261220000000-report-indexes" });
    });
    afterAll(() => database.close());

    it("keeps every account as it was, with no sign-in recorded yet", async () => {
      const db = database.db;
      const row = {
        id: "01a2015b-0000-7000-8000-0000000000a1",
        email: "kept@example.org",
        name: "Kept Account",
        password_hash: "$argon2id$kept",
        role: "coordinator",
        organization_id: null,
        locale: "fr",
        disabled: 1,
        created_at: "2026-12-01T08:00:00.000Z",
        updated_at: "2026-12-02T08:00:00.000Z",
      };
      await db.insertInto("users").values(row).execute();
      const { applied } = await migrateToLatest(db);
      expect(applied).toContain("20261229100000-user-access");
      const after = await db.selectFrom("users").selectAll().where("id", "=", row.id).executeTakeFirstOrThrow();
      expect(after).toMatchObject({ ...row, last_sign_in_at: null });
    });
  });
}
