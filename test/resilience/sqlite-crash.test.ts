// The server killed with SIGKILL during write bursts on SQLite: every acknowledged write is kept and
// the file passes PRAGMA integrity_check (CONVENE_CRASH_ROUNDS for more rounds).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { describeCrashRounds } from "../support/crash-rounds.js";

/** Opens the file as the next start would (recovering its write-ahead log), runs the read, and closes it. */
function withFile<T>(file: string, read: (database: SQLite.Database) => T): T {
  const database = new SQLite(file);
  try {
    return read(database);
  } finally {
    database.close();
  }
}

describeCrashRounds("the server killed during write bursts on SQLite", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "convene-crash-"));
  const file = join(dataDir, "convene.sqlite");
  return {
    env: { CONVENE_DATA_DIR: dataDir },
    missing: async (ids) =>
      withFile(file, (database) => {
        const kept = new Set(database.prepare("select id from organizations").pluck().all());
        return ids.filter((id) => !kept.has(id));
      }),
    problems: async () =>
      withFile(file, (database) =>
        database
          .prepare("pragma integrity_check")
          .pluck()
          .all()
          .map(String)
          .filter((line) => line !== "ok"),
      ),
    close: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
});
