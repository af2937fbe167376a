// The server killed with SIGKILL during write bursts on PostgreSQL (a cluster of this file's own): every
// acknowledged write is kept, and the server starts again on the database it left (CONVENE_CRASH_ROUNDS for more rounds).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describeCrashRounds } from "../support/crash-rounds.js";
import { startPostgresCluster } from "../support/postgres-cluster.js";

describeCrashRounds("the server killed during write bursts on PostgreSQL", async () => {
  const cluster = await startPostgresCluster();
  const dataDir = mkdtempSync(join(tmpdir(), "convene-crash-pg-"));
  const query = async (sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    env: { DATABASE_URL: cluster.url, CONVENE_DATA_DIR: dataDir },
    missing: async (ids) => {
      const kept = new Set((await query("select id from organizations where id = any($1)", [ids])).map((row) => String(row.id)));
      return ids.filter((id) => !kept.has(id));
    },
    // Only the application is killed, not PostgreSQL: what matters is that it still answers.
    problems: async () => ((await query("select 1 as ok")).length === 1 ? [] : ["PostgreSQL does not answer"]),
    close: async () => {
      await cluster.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
