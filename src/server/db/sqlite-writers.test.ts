// A write transaction on a SQLite file that another connection is writing to: it waits for the other
// writer without blocking the server, and answers 503 database_unavailable if the other never finishes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../../test/support/app.js";
import { createTestDatabase, type TestDatabase } from "../../../test/support/databases.js";
import { buildApp } from "../app.js";
import { newId, now } from "../ids.js";

/** Yields to the event loop until the check holds: the server must stay responsive while it waits. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

describe("a write transaction beside another SQLite writer", () => {
  let folder: string;
  let database: TestDatabase;
  let app: FastifyInstance;
  let other: SQLite.Database;
  let code = 0;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "convene-sqlite-writers-"));
    const file = join(folder, "convene.sqlite");
    database = await createTestDatabase("sqlite", { sqliteFile: file });
    app = await buildApp(testConfig(), database);
    // Reads, then writes, in one transaction: the shape of every service that checks before it writes.
    app.post("/api/test/program", async () => {
      const name = `Program ${++code}`;
      await database.db.transaction().execute(async (trx) => {
        await trx.selectFrom("programs").select("id").where("name", "=", name).execute();
        await trx
          .insertInto("programs")
          .values({ id: newId(), code: `W${code}`, name, description: null, created_at: now(), updated_at: now() })
          .execute();
      });
      return { name };
    });
    await app.ready();
    other = new SQLite(file);
  });

  afterAll(async () => {
    other?.close();
    await app?.close();
    await database?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("waits for the other writer to commit, serving other requests meanwhile, then succeeds", async () => {
    other.exec("begin immediate");
    other
      .prepare("insert into programs (id, code, name, description, created_at, updated_at) values (?, 'OTH', 'Other', null, ?, ?)")
      .run(newId(), now(), now());
    let answered = false;
    const pending = app.inject({ method: "POST", url: "/api/test/program" }).finally(() => (answered = true));
    // The event loop is free while the write waits: a request that needs no database is answered.
    const unrelated = await app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(unrelated.statusCode).toBe(404);
    expect(answered).toBe(false);
    other.exec("commit");
    await until(() => answered);
    const response = await pending;
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: "Program 1" });
  });

  it("answers 503 database_unavailable with Retry-After, in the caller's language, when the other writer holds on past the busy timeout", async () => {
    other.exec("begin immediate");
    try {
      const response = await app.inject({ method: "POST", url: "/api/test/program", headers: { "accept-language": "fr" } });
      expect(response.statusCode).toBe(503);
      expect(response.headers["retry-after"]).toMatch(/^\d+$/);
      expect(response.json()).toEqual({
        error: {
          code: "database_unavailable",
          message: "La base de données ne répond pas pour le moment. Réessayez dans quelques secondes.",
        },
      });
    } finally {
      other.exec("rollback");
    }
  }, 20_000);
});
