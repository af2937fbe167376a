// SQLite in WAL mode lets one writer at a time. A transaction opened with a plain BEGIN reads first and
// asks for the write lock only at its first write; if another process wrote in between, SQLite cannot
// wait for it (the snapshot the transaction read is already stale) and fails at once with SQLITE_BUSY,
// whatever the busy timeout. BEGIN IMMEDIATE takes the write lock up front, before anything is read, so
// waiting for it is always safe: this driver waits, yielding to the event loop between tries, until the
// busy timeout runs out.
import { setTimeout as delay } from "node:timers/promises";
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from "kysely";

/** How long a write waits for another process's write to finish, as PRAGMA busy_timeout. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

function isBusy(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && error.code.startsWith("SQLITE_BUSY")
  );
}

class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
    // Waiting inside SQLite's busy handler would block this process's event loop; ask without waiting, and wait here.
    await connection.executeQuery(CompiledQuery.raw("pragma busy_timeout = 0"));
    try {
      for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
        try {
          await connection.executeQuery(CompiledQuery.raw("begin immediate"));
          return;
        } catch (error) {
          if (!isBusy(error) || Date.now() >= deadline) throw error;
        }
        await delay(pause);
      }
    } finally {
      await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`));
    }
  }
}

/** Kysely's SQLite dialect whose transactions start with BEGIN IMMEDIATE. */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.#config);
  }
}
