// A write that follows a long check of what is stored (an import: every row resolved against the
// registry before anything is written) in one transaction, all or nothing, without holding up others.
// On PostgreSQL the pool gives the transaction a connection of its own. On SQLite `db` is the import
// worker (read-workers.ts), and its transaction is DEFERRED: it checks on a snapshot without the
// write lock, beside the server's connection, and takes the lock at its first write. If another
// connection wrote after the snapshot was taken, SQLite refuses that first write (SQLITE_BUSY or
// SQLITE_BUSY_SNAPSHOT) rather than let a stale check write: the transaction is rolled back and the
// work runs again from the start, on a fresh snapshot. After DEFERRED_ATTEMPTS such refusals the work
// runs once more under BEGIN IMMEDIATE, which takes the lock before reading and cannot be refused;
// other writers then wait for it (off the event loop, sqlite-dialect.ts), and readers do not.
import { sql, SqliteAdapter, type Kysely } from "kysely";
import type { DB } from "./schema.js";
import { isBusy } from "./sqlite-dialect.js";

/** Runs on a snapshot that another writer made stale, before the lock is taken up front. */
export const DEFERRED_ATTEMPTS = 2;

function isSqlite(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * Runs `work` in one write transaction, all or nothing. `work` may run more than once: it must start
 * from what it was given and leave nothing behind but its writes (a refused attempt's writes are
 * rolled back with it). Refusals come at the first write, so an attempt refused never wrote.
 * @example await writeAfterCheck(database.importDb, async (trx) => { const plan = await check(trx); await write(trx, plan); });
 */
export async function writeAfterCheck<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (!isSqlite(db)) return db.transaction().execute(work);
  for (let attempt = 1; attempt <= DEFERRED_ATTEMPTS; attempt += 1) {
    let began = false;
    try {
      return await db.transaction().execute((trx) => {
        began = true;
        return work(trx);
      });
    } catch (error) {
      // Busy before the transaction began is a lock not granted in time: the caller's 503, not a stale snapshot.
      if (!began || !isBusy(error)) throw error;
    }
  }
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}
