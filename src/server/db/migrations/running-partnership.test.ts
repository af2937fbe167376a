import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { ownTables } from "../../../../test/support/own-tables.js";
import { buildDemoRows, type DemoRows } from "../../demo/build.js";
import { DEMO_PORTFOLIO } from "../../demo/portfolio/index.js";
import { insertRunningRows } from "../../demo/repository.js";
import { migrateUpTo } from "../migrate.js";
import type { DB } from "../schema.js";

const PREVIOUS = "20261230600000-token-expiry";
/** The last migration of this upgrade; later ones have upgrade tests of their own. */
const LAST = "20261231700000-mail-unsubscribe-header";
const AT = "2026-11-30T08:00:00.000Z";
const TODAY = new Date("2026-11-30T08:00:00Z");
/** The columns the upgrade adds to tables that were there before, with the value each row must then hold. */
const ADDED_COLUMNS: Record<string, Record<string, unknown>> = {
  users: { reminders_opt_out: 0 },
  partnerships: { meeting_cadence: null, meeting_notice_days: null },
  contacts: { unsubscribe_token: null, unsubscribed_at: null },
  mail_messages: { list_unsubscribe: null },
};
const NEW_TABLES = [
  "charters",
  "charter_members",
  "charter_revisions",
  "plan_goals",
  "plan_risks",
  "plan_objectives",
  "measure_values",
  "plan_activities",
  "commitments",
  "commitment_events",
  "meetings",
  "meeting_attendance",
  "meeting_reviews",
  "calendar_feeds",
  "communications",
  "communication_parties",
  "reminders",
];

type Snapshot = Map<string, { columns: string[]; rows: Record<string, unknown>[] }>;

/** Every row of every table, in a stable order, with the columns each table has. */
async function snapshot(db: Kysely<any>): Promise<Snapshot> {
  const result: Snapshot = new Map();
  for (const table of await ownTables(db)) {
    const rows = (await db.selectFrom(table.name).selectAll().execute()) as Record<string, unknown>[];
    rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    result.set(table.name, { columns: table.columns.map((column) => column.name).sort(), rows });
  }
  return result;
}

function without(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));
}

/** The demo as the previous version loaded it, and a few rows in every other table. */
async function fillPreviousVersion(db: Kysely<DB>, rows: DemoRows): Promise<void> {
  // The previous schema has none of the running partnership's columns: the rows go in without them.
  const partnerships = rows.partnerships.map(({ meeting_cadence: _cadence, meeting_notice_days: _notice, ...row }) => row);
  await db.insertInto("programs").values(rows.programs).execute();
  await db.insertInto("organizations").values(rows.organizations).execute();
  await db.insertInto("contacts").values(rows.contacts).execute();
  await db.insertInto("partnerships").values(partnerships).execute();
  await db.insertInto("memberships").values(rows.memberships).execute();
  for (let start = 0; start < rows.involvementRecords.length; start += 500) {
    await db
      .insertInto("involvement_records")
      .values(rows.involvementRecords.slice(start, start + 500))
      .execute();
  }
  await db.insertInto("users").values(rows.users).execute();
  await db.insertInto("user_programs").values(rows.userPrograms).execute();
  await db.insertInto("partnership_coordinators").values(rows.coordinators).execute();
  const user = rows.users[0]?.id ?? "";
  const program = rows.programs[0]?.id ?? "";
  const partnership = rows.partnerships[0]?.id ?? "";
  await db
    .insertInto("sessions")
    .values({
      id: "session-1",
      user_id: user,
      csrf_token: "csrf",
      created_at: AT,
      expires_at: "2026-12-30T08:00:00.000Z",
      last_seen_at: AT,
    })
    .execute();
  await db
    .insertInto("api_tokens")
    .values({
      id: "token-1",
      user_id: user,
      name: "Reports",
      token_hash: "hash-1",
      prefix: "cvn_abc",
      created_at: AT,
      last_used_at: null,
      revoked_at: null,
      expires_at: "2027-11-30T08:00:00.000Z",
    })
    .execute();
  await db.insertInto("rate_limits").values({ key: "sign-in:203.0.113.9", count: 3, reset_at: AT }).execute();
  await db
    .insertInto("audit_events")
    .values({
      id: "audit-1",
      at: AT,
      user_id: user,
      action: "update",
      entity: "partnership",
      entity_id: partnership,
      partnership_id: partnership,
      organization_id: null,
      details: '{"name":"Before"}',
    })
    .execute();
  await db
    .insertInto("rubrics")
    .values({ id: "rubric-kept", version: 7, document: '{"kept":true}', created_by: user, created_at: AT })
    .execute();
  await db
    .insertInto("program_default_rubrics")
    .values({ program_id: program, rubric_id: "rubric-kept", set_by: user, set_at: AT })
    .execute();
  await db
    .insertInto("program_compositions")
    .values({ program_id: program, document: '{"sectors":[]}', updated_by: user, updated_at: AT })
    .execute();
  await db
    .insertInto("mail_messages")
    .values({
      id: "mail-1",
      status: "sent",
      attempts: 1,
      next_attempt_at: AT,
      claimed_by: null,
      claimed_until: null,
      last_error: null,
      recipient: "someone@example.org",
      user_id: user,
      language: "fr",
      template: "mail.passwordReset",
      subject: "Réinitialisation",
      body: "Bonjour",
      sent_at: AT,
      created_at: AT,
    })
    .execute();
  await db
    .insertInto("one_time_links")
    .values({ id: "link-1", user_id: user, purpose: "invitation", created_at: AT, expires_at: "2026-12-07T08:00:00.000Z", used_at: null })
    .execute();
}

for (const dialect of DIALECTS) {
  describe(`the running-partnership upgrade on ${dialect}`, () => {
    let database: TestDatabase;
    let rows: DemoRows;
    let before: Snapshot;
    let after: Snapshot;
    let applied: string[];
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { upTo: PREVIOUS });
      let n = 0;
      rows = buildDemoRows(DEMO_PORTFOLIO, {
        today: TODAY,
        at: AT,
        passwordHash: "scrypt$kept",
        newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`,
      });
      await fillPreviousVersion(database.db, rows);
      before = await snapshot(database.db);
      ({ applied } = await migrateUpTo(database.db, LAST));
      after = await snapshot(database.db);
    });
    afterAll(() => database.close());

    it("starts from a full database of the previous version, without the new tables", async () => {
      expect(applied).toContain("20261231000000-running-partnership");
      expect(applied).not.toContain(PREVIOUS);
      for (const table of NEW_TABLES) expect(before.has(table), table).toBe(false);
      for (const [table, { rows: kept }] of before) {
        if (table === "kysely_migration") continue;
        expect(kept.length, `${table} has rows to keep`).toBeGreaterThan(0);
      }
    });

    it("keeps every row of every table that was there, unchanged, with the added columns at their defaults", () => {
      for (const [table, { columns, rows: kept }] of before) {
        const now = after.get(table);
        expect(now, table).toBeDefined();
        const added = Object.keys(ADDED_COLUMNS[table] ?? {});
        expect(now?.columns, table).toEqual([...columns, ...added].sort());
        expect(now?.rows.length, table).toBe(kept.length);
        expect(
          now?.rows.map((row) => without(row, added)),
          table,
        ).toEqual(kept);
        for (const row of now?.rows ?? []) expect(row, table).toMatchObject(ADDED_COLUMNS[table] ?? {});
      }
      expect([...after.keys()].filter((table) => !before.has(table)).sort()).toEqual([...NEW_TABLES].sort());
      for (const table of NEW_TABLES) expect(after.get(table)?.rows, table).toEqual([]);
    });

    it("takes the running partnerships into the new tables and refuses what their keys forbid", async () => {
      const db = database.db;
      await db.transaction().execute((trx) => insertRunningRows(trx, rows.running));
      for (const [table, expected] of [
        ["charters", rows.running.charters.length],
        ["charter_revisions", rows.running.charterRevisions.length],
        ["plan_objectives", rows.running.objectives.length],
        ["measure_values", rows.running.measureValues.length],
        ["commitments", rows.running.commitments.length],
        ["commitment_events", rows.running.commitmentEvents.length],
        ["meetings", rows.running.meetings.length],
        ["meeting_reviews", rows.running.reviews.length],
        ["communication_parties", rows.running.communicationParties.length],
      ] as const) {
        const { n } = await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(n), table).toBe(expected);
      }
      const commitment = rows.running.commitments[0];
      if (!commitment) throw new Error("The demo has commitments");
      const stored = await db.selectFrom("commitments").selectAll().where("id", "=", commitment.id).executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        description: commitment.description,
        due_on: commitment.due_on,
        current_due_on: commitment.current_due_on,
        status: commitment.status,
      });
      await expect(
        db
          .insertInto("commitments")
          .values({ ...commitment, id: "same-description" })
          .execute(),
      ).rejects.toThrow();
      const value = rows.running.measureValues[0];
      if (!value) throw new Error("The demo has measure values");
      await expect(
        db
          .insertInto("measure_values")
          .values({ ...value, id: "same-day" })
          .execute(),
      ).rejects.toThrow();
      const revision = rows.running.charterRevisions[0];
      if (!revision) throw new Error("The demo has charter revisions");
      await expect(
        db
          .insertInto("charter_revisions")
          .values({ ...revision, id: "same-version" })
          .execute(),
      ).rejects.toThrow();
      await db
        .insertInto("reminders")
        .values({
          key: "digest:someone@example.org:2026-W49",
          kind: "digest",
          partnership_id: null,
          recipient: "someone@example.org",
          period: "2026-W49",
          mail_message_id: "mail-1",
          created_at: AT,
        })
        .execute();
      await expect(
        db
          .insertInto("reminders")
          .values({
            key: "digest:someone@example.org:2026-W49",
            kind: "digest",
            partnership_id: null,
            recipient: "someone@example.org",
            period: "2026-W49",
            mail_message_id: null,
            created_at: AT,
          })
          .execute(),
      ).rejects.toThrow();
      const [first, second] = rows.contacts;
      await db
        .updateTable("contacts")
        .set({ unsubscribe_token: "token-a" })
        .where("id", "=", first?.id ?? "")
        .execute();
      await expect(
        db
          .updateTable("contacts")
          .set({ unsubscribe_token: "token-a" })
          .where("id", "=", second?.id ?? "")
          .execute(),
      ).rejects.toThrow();
      await db
        .updateTable("partnerships")
        .set({ meeting_cadence: "monthly", meeting_notice_days: 3 })
        .where("id", "=", rows.partnerships[1]?.id ?? "")
        .execute();
      const settings = await db
        .selectFrom("partnerships")
        .select(["meeting_cadence", "meeting_notice_days"])
        .where("id", "=", rows.partnerships[1]?.id ?? "")
        .executeTakeFirstOrThrow();
      expect(settings).toEqual({ meeting_cadence: "monthly", meeting_notice_days: 3 });
      await db
        .updateTable("users")
        .set({ reminders_opt_out: 1 })
        .where("id", "=", rows.users[0]?.id ?? "")
        .execute();
      const optedOut = await db.selectFrom("users").select("id").where("reminders_opt_out", "=", 1).execute();
      expect(optedOut.map((row) => row.id)).toEqual([rows.users[0]?.id]);
    });
  });
}
