import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { migrateToLatest } from "../migrate.js";

for (const dialect of DIALECTS) {
  describe(`the mail unsubscribe header upgrade on ${dialect}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { upTo: "20261231000000-running-partnership" });
    });
    afterAll(() => database.close());

    it("keeps every message and every reminder as it was, with no List-Unsubscribe link", async () => {
      const db = database.db;
      const message = {
        id: "01a2015b-0000-7000-8000-0000000000b1",
        recipient: "kept@example.org",
        user_id: null,
        language: "fr",
        template: "invitation",
        subject: "Kept subject",
        body: "Kept body",
        status: "held",
        attempts: 0,
        next_attempt_at: "2026-12-01T08:00:00.000Z",
        claimed_by: null,
        claimed_until: null,
        sent_at: null,
        last_error: null,
        created_at: "2026-12-01T08:00:00.000Z",
      };
      await db.insertInto("mail_messages").values(message).execute();
      const reminder = {
        key: "digest|2026-W49|p1|c1",
        kind: "digest",
        partnership_id: null,
        recipient: "kept@example.org",
        period: "2026-W49",
        mail_message_id: message.id,
        created_at: "2026-12-01T08:00:00.000Z",
      };
      await db.insertInto("reminders").values(reminder).execute();
      const { applied } = await migrateToLatest(db);
      expect(applied).toContain("20261231700000-mail-unsubscribe-header");
      expect(await db.selectFrom("mail_messages").selectAll().execute()).toEqual([{ ...message, list_unsubscribe: null }]);
      expect(await db.selectFrom("reminders").selectAll().execute()).toEqual([reminder]);
    });
  });
}
