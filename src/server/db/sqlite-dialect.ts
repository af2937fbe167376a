// SQLite in WAL mode lets one writer at a time: another process (the CLI beside the server) or the
// server's own import connection (read-workers.ts) may hold the write lock. Waiting for it inside
// SQLite's busy handler would hold this process's event loop, so the server's connection never waits
// there (busy_timeout 0): this driver asks, and when the lock is taken waits here, yielding to the
// event loop between tries, until the busy timeout runs out.
// - A transaction starts with BEGIN IMMEDIATE, which takes the write lock before anything is read. A
//   plain BEGIN would ask for it only at its first write, and if another connection wrote in between,
//   SQLite could not wait (the snapshot read is already stale) and would fail at once.
// - A statement outside a transaction that finds the file locked did nothing, and is asked again.
import { AsyncLocalStorage } from "node:async_hooks";
import { setTimeout as delay } from "node:timers/promises";
import type SQLite from "better-sqlite3";
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type QueryResult } from "kysely";

/** How long a write waits for another connection's write to finish, as PRAGMA busy_timeout. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Whether SQLite refused because another connection holds a lock (SQLITE_BUSY and its extended codes). */
export function isBusy(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && error.code.startsWith("SQLITE_BUSY")
  );
}

/** How long the statements run inside `withLockBudget` may wait for the write lock, when shorter than the busy timeout. */
const lockBudget = new AsyncLocalStorage<number>();

/**
 * Runs `work` with its statements waiting at most `ms` for the write lock (instead of the busy
 * timeout), then failing busy: for bookkeeping that a request should not wait seconds for while a
 * long write (an import) holds the lock.
 * @example await withLockBudget(100, () => repo.markTokenUsed(db, id, at)) // SQLITE_BUSY after 100 ms at most
 */
export function withLockBudget<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return lockBudget.run(ms, work);
}

/** Runs `attempt` again while SQLite answers busy, pausing 1, 2, 4 … up to 50 ms, until the busy timeout. */
async function patiently<T>(attempt: () => Promise<T>, mayRetry: () => boolean): Promise<T> {
  const deadline = Date.now() + Math.min(lockBudget.getStore() ?? SQLITE_BUSY_TIMEOUT_MS, SQLITE_BUSY_TIMEOUT_MS);
  for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || !mayRetry() || Date.now() >= deadline) throw error;
    }
    await delay(pause);
  }
}

/** The connection, asking again for a lock it did not get, as long as no transaction of its own is open. */
class PatientConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly sqlite: SQLite.Database,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Inside a transaction the write lock is held already (BEGIN IMMEDIATE), so busy cannot come from a lock it waits for.
    return patiently(
      () => this.inner.executeQuery<R>(query),
      () => !this.sqlite.inTransaction,
    );
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class PatientDriver extends SqliteDriver {
  readonly #sqlite: SQLite.Database;
  readonly #connections = new WeakMap<DatabaseConnection, PatientConnection>();

  constructor(sqlite: SQLite.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override async init(): Promise<void> {
    await super.init();
    this.#sqlite.pragma("busy_timeout = 0");
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection();
    let patient = this.#connections.get(inner);
    if (!patient) {
      patient = new PatientConnection(inner, this.#sqlite);
      this.#connections.set(inner, patient);
    }
    return patient;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

/** Kysely's SQLite dialect whose transactions start with BEGIN IMMEDIATE and whose waits for a lock leave the event loop free. */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #sqlite: SQLite.Database;

  constructor(sqlite: SQLite.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new PatientDriver(this.#sqlite);
  }
}
