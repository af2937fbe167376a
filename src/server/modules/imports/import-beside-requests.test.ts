// A real import (not a dry run) checks on a connection of its own and takes the write lock only to
// write: other users' requests are answered while it runs, and a write made by someone else during its
// check makes it start again on fresh data, so that it still applies exactly once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import SQLite from "better-sqlite3";
import { InsertQueryNode, type KyselyPlugin, type RootOperationNode } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createTestApp, type TestApp } from "../../../../test/support/app.js";
import { createTestDatabase, DIALECTS } from "../../../../test/support/databases.js";
import { buildWorld, type World } from "../../../../test/support/factories.js";
import { INVOLVEMENT_HEADER } from "../../../../test/support/involvement-files.js";
import { upload } from "../../../../test/support/uploads.js";
import { OPERATOR } from "../../actor.js";
import { hashToken } from "../../crypto.js";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../db/sqlite-dialect.js";
import { DEFERRED_ATTEMPTS } from "../../db/write-after-check.js";
import { importInvolvement } from "./involvement/service.js";

/** `count` well-formed rows naming `prefix` members of a hundred partnerships of one program. */
function rows(count: number, prefix: string): Buffer {
  const lines = [INVOLVEMENT_HEADER.join(",")];
  for (let index = 0; index < count; index += 1) {
    const answers = INVOLVEMENT_HEADER.slice(6).map((_, column) => ((index + column) % 3 === 0 ? "no" : "yes"));
    lines.push(
      [
        `${prefix} program`,
        `${prefix} partnership ${index % 100}`,
        `${prefix} member ${index}`,
        "partner",
        "baseline",
        "",
        ...answers,
      ].join(","),
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

function isInsertInto(node: RootOperationNode, table: string): boolean {
  return InsertQueryNode.is(node) && node.into?.table.identifier.name === table;
}

for (const dialect of DIALECTS) {
  describe(`a real import beside other requests on ${dialect}`, () => {
    const folder = mkdtempSync(join(tmpdir(), "convene-import-beside-"));
    const file = join(folder, "convene.sqlite");
    let t: TestApp;
    let world: World;

    beforeAll(async () => {
      const database = await createTestDatabase(dialect, dialect === "sqlite" ? { sqliteFile: file } : {});
      t = await createTestApp(dialect, {}, database);
      world = await buildWorld(database.db);
    });
    afterAll(async () => {
      await t.close();
      await t.database.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it("answers another user's GET before a large import's answer", { timeout: 600_000 }, async () => {
      const reader = clientFor(t.app, world.tokens.partner);
      // The reader's token is marked as used once, now, rather than in the middle of the import.
      expect((await reader.get("/api/v1/programs")).statusCode).toBe(200);
      let settled = false;
      const importing = upload(t.app, world.tokens.admin, "/api/v1/imports/involvement", [
        { name: "large.csv", content: rows(20_000, "Large") },
      ]).finally(() => (settled = true));
      let answeredBefore = 0;
      while (!settled) {
        // An injected request waits for a turn of the event loop, as one arriving on a socket does.
        await nextTurn();
        const res = await reader.get("/api/v1/programs");
        expect(res.statusCode).toBe(200);
        if (!settled) answeredBefore += 1;
      }
      const res = await importing;
      expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
      expect(res.json()).toMatchObject({ rows: 20_000, errorCount: 0, written: true });
      // Before, on SQLite, the import's transaction held the one connection: every GET waited for its end.
      expect(answeredBefore).toBeGreaterThan(0);
      const stored = await t.database.db
        .selectFrom("organizations")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("name", "like", "Large member %")
        .executeTakeFirstOrThrow();
      expect(Number(stored.count)).toBe(20_000);
    });

    if (dialect !== "sqlite") return;

    it("answers a token's first requests while another connection holds the write lock, leaving the token's last use for later", async () => {
      const other = new SQLite(file);
      const token = world.tokens.coordinator;
      const stored = () =>
        t.database.db.selectFrom("api_tokens").select("last_used_at").where("token_hash", "=", hashToken(token)).executeTakeFirstOrThrow();
      await t.database.db.updateTable("api_tokens").set({ last_used_at: null }).where("token_hash", "=", hashToken(token)).execute();
      const reader = clientFor(t.app, token);
      other.exec("begin immediate");
      const started = Date.now();
      try {
        for (let request = 0; request < 5; request += 1) expect((await reader.get("/api/v1/programs")).statusCode).toBe(200);
        // Each request used to wait the whole busy timeout for its touch; now the first waits a moment and the others not at all.
        expect(Date.now() - started).toBeLessThan(SQLITE_BUSY_TIMEOUT_MS);
        expect((await stored()).last_used_at).toBeNull();
      } finally {
        other.exec("rollback");
        other.close();
      }
    });

    for (const interruptions of [1, DEFERRED_ATTEMPTS]) {
      it(
        `applies exactly once when another connection writes during its check (${interruptions} time(s))`,
        { timeout: 120_000 },
        async () => {
          const other = new SQLite(file);
          const program = world.programs.own.id;
          let interrupted = 0;
          // Just before the import's first write (its new program, once per attempt), another connection
          // writes: the snapshot the import checked on is stale.
          const interfering: KyselyPlugin = {
            transformQuery({ node }) {
              if (isInsertInto(node, "programs") && interrupted < interruptions) {
                interrupted += 1;
                other
                  .prepare("update programs set description = ? where id = ?")
                  .run(`written meanwhile ${interruptions}.${interrupted}`, program);
              }
              return node;
            },
            transformResult: ({ result }) => Promise.resolve(result),
          };
          try {
            const prefix = `Stale ${interruptions}`;
            const outcome = await importInvolvement(
              t.database.importDb.withPlugin(interfering),
              OPERATOR,
              {
                name: "stale.csv",
                data: rows(300, prefix),
              },
              { dryRun: false },
            );
            expect(outcome).toMatchObject({ written: true, rows: 300 });
            // Each interruption made an attempt's first write fail on its stale snapshot: the import succeeded by starting again.
            expect(interrupted).toBe(interruptions);
            const organizations = await t.database.db
              .selectFrom("organizations")
              .select((eb) => eb.fn.countAll<number>().as("count"))
              .where("name", "like", `${prefix} member %`)
              .executeTakeFirstOrThrow();
            expect(Number(organizations.count)).toBe(300);
            const programs = await t.database.db.selectFrom("programs").select("id").where("name", "=", `${prefix} program`).execute();
            expect(programs).toHaveLength(1);
            const written = await t.database.db
              .selectFrom("programs")
              .select("description")
              .where("id", "=", program)
              .executeTakeFirstOrThrow();
            expect(written.description).toBe(`written meanwhile ${interruptions}.${interruptions}`);
          } finally {
            other.close();
          }
        },
      );
    }
  });
}
