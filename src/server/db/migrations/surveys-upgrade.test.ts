import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { ownTables } from "../../../../test/support/own-tables.js";
import { hashToken } from "../../crypto.js";
import { buildDemoRows, type DemoRows } from "../../demo/build.js";
import { DEMO_PORTFOLIO } from "../../demo/portfolio/index.js";
import { insertRunningRows } from "../../demo/repository.js";
import { findRespondentByTokenHash } from "../../modules/responses/repository.js";
import { migrateToLatest, migrateUpTo } from "../migrate.js";

const PREVIOUS = "20261231700000-mail-unsubscribe-header";
const SURVEYS = "20270101000000-surveys";
const LINKS = "20270102000000-survey-links";
const AT = "2026-11-30T08:00:00.000Z";
const TODAY = new Date("2026-11-30T08:00:00Z");

async function rowsOf(db: Kysely<any>, table: string): Promise<Record<string, unknown>[]> {
  const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
  return rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

function without(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));
}

for (const dialect of DIALECTS) {
  describe(`the surveys upgrade on ${dialect}`, () => {
    let database: TestDatabase;
    let rows: DemoRows;
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { upTo: PREVIOUS });
      let n = 0;
      rows = buildDemoRows(DEMO_PORTFOLIO, {
        today: TODAY,
        at: AT,
        passwordHash: "scrypt$kept",
        newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`,
      });
      const db = database.db;
      await db.insertInto("programs").values(rows.programs).execute();
      await db.insertInto("organizations").values(rows.organizations).execute();
      await db.insertInto("contacts").values(rows.contacts).execute();
      await db.insertInto("partnerships").values(rows.partnerships).execute();
      await db.insertInto("memberships").values(rows.memberships).execute();
      await db.insertInto("users").values(rows.users).execute();
      await db.insertInto("user_programs").values(rows.userPrograms).execute();
      await db.insertInto("partnership_coordinators").values(rows.coordinators).execute();
      await insertRunningRows(db, rows.running);
    });
    afterAll(() => database.close());

    it("keeps every row there was, with a threshold of 3 per program, no export grant and no activity from a survey", async () => {
      const db = database.db;
      const tables = (await ownTables(db)).map((table) => table.name);
      const before = new Map<string, Record<string, unknown>[]>();
      for (const table of tables) before.set(table, await rowsOf(db, table));
      const { applied } = await migrateUpTo(db, SURVEYS);
      expect(applied).toEqual([SURVEYS]);
      const added: Record<string, Record<string, unknown>> = {
        programs: { survey_threshold: 3 },
        users: { response_export: null },
        plan_activities: { survey_round_id: null, survey_score_key: null },
      };
      for (const table of tables) {
        const kept = before.get(table) ?? [];
        const now = await rowsOf(db, table);
        const columns = Object.keys(added[table] ?? {});
        expect(now.length, table).toBe(kept.length);
        expect(
          now.map((row) => without(row, columns)),
          table,
        ).toEqual(kept);
        for (const row of now) expect(row, table).toMatchObject(added[table] ?? {});
      }
      expect(before.get("programs")?.length).toBeGreaterThan(0);
      expect(before.get("plan_activities")?.length).toBeGreaterThan(0);
    });

    it("moves each respondent's one link into the links table: a working link still opens the form, a revoked one stays ended", async () => {
      const db = database.db as unknown as Kysely<any>;
      const round = rows.surveys.rounds[0];
      const respondents = rows.surveys.respondents.filter((respondent) => respondent.round_id === round?.id).slice(0, 2);
      if (!round || respondents.length < 2) throw new Error("The demo has a round with two respondents");
      await db.insertInto("survey_rounds").values(round).execute();
      const withHashes = respondents.map((respondent, index) => ({
        ...respondent,
        token_hash: hashToken(`link-${index}`),
        invited_at: AT,
        revoked_at: index === 1 ? "2026-12-01T08:00:00.000Z" : null,
      }));
      await db.insertInto("survey_respondents").values(withHashes).execute();
      const stored = await rowsOf(db, "survey_respondents");

      const { applied } = await migrateToLatest(database.db);
      expect(applied).toContain(LINKS);
      expect(await rowsOf(db, "survey_respondents")).toEqual(stored.map((row) => without(row, ["token_hash"])));
      expect(await rowsOf(db, "survey_respondent_tokens")).toEqual(
        withHashes
          .map((respondent) => ({
            token_hash: respondent.token_hash,
            respondent_id: respondent.id,
            created_at: AT,
            revoked_at: respondent.revoked_at,
          }))
          .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
      );
      const working = await findRespondentByTokenHash(database.db, hashToken("link-0"), false);
      expect([working?.id, working?.token_revoked_at]).toEqual([respondents[0]?.id, null]);
      const ended = await findRespondentByTokenHash(database.db, hashToken("link-1"), false);
      expect(ended?.token_revoked_at).toBe("2026-12-01T08:00:00.000Z");
      expect(await findRespondentByTokenHash(database.db, hashToken("link-2"), false)).toBeUndefined();
    });
  });
}
