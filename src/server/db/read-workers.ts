// Long reads (reports, exports) on SQLite run on worker threads, each with its own read-only
// connection to the same file (WAL lets readers work beside the writer), so that better-sqlite3's
// synchronous calls never hold the event loop for the length of an aggregate. Imports run the same
// way on one worker with a read-write connection of its own (see write-after-check.ts). Repositories
// keep writing ordinary Kysely queries: the Kysely made here compiles them as usual and its driver
// hands the SQL and parameters to a free worker and the rows back.
import { Worker } from "node:worker_threads";
import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from "kysely";
import type { DB } from "./schema.js";

/** How many worker threads read the SQLite file when nothing says otherwise. */
export const DEFAULT_READ_WORKERS = 2;

/**
 * How much lower the workers' processor priority is than the server's (Unix niceness, 0 to 19): on a
 * machine with fewer cores than busy threads, other users' pages are served first and reports take
 * what is left, instead of each report taking a core's share from everyone.
 */
const READ_WORKER_NICENESS = 10;

// Beside this module in src/ (the tests) and in dist/ (the build copies it).
const WORKER_ENTRY = new URL("./read-worker.js", import.meta.url);

type WorkerReply =
  | { id: number; rows: unknown[]; changes?: number; lastInsertRowid?: number }
  | { id: number; rows?: undefined; error: { name: string; message: string; code: string | null } };

/** How a pool's workers open the file: read-only (reports) or read-write (imports), and at what priority. */
type WorkerSettings = { file: string; busyTimeoutMs: number; writable: boolean; niceness: number };

/** A statement the worker could not run, with SQLite's name, message and code, as the main connection would throw it. */
export class ReadWorkerError extends Error {
  readonly code: string | null;
  constructor(details: { name: string; message: string; code: string | null }) {
    super(details.message);
    this.name = details.name;
    this.code = details.code;
  }
}

/** One worker thread and its connection. It runs one statement at a time; the pool hands it to one caller at a time. */
class ReadWorker implements DatabaseConnection {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (reply: Extract<WorkerReply, { rows: unknown[] }>) => void; reject: (error: Error) => void }
  >();
  #nextId = 0;
  #stopped: Error | null = null;
  readonly exited: Promise<void>;

  constructor(settings: WorkerSettings) {
    this.#worker = new Worker(WORKER_ENTRY, { workerData: settings });
    // An idle worker does not keep the process alive; one with a statement under way does (see #send).
    this.#worker.unref();
    this.#worker.on("message", (reply: WorkerReply) => {
      const waiting = this.#pending.get(reply.id);
      if (!waiting) return;
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) this.#worker.unref();
      if (reply.rows) waiting.resolve(reply);
      else waiting.reject(new ReadWorkerError(reply.error));
    });
    this.#worker.on("error", (error) => this.#stop(new Error(`The read worker stopped: ${error.message}`, { cause: error })));
    this.exited = new Promise((resolve) =>
      this.#worker.once("exit", (code) => {
        this.#stop(new Error(`The read worker stopped (exit code ${code})`));
        resolve();
      }),
    );
  }

  /** False once the thread has failed or exited: the pool then replaces it. */
  get isAlive(): boolean {
    return this.#stopped === null;
  }

  /** The thread itself, for inspection. */
  get thread(): Worker {
    return this.#worker;
  }

  #stop(reason: Error): void {
    this.#stopped ??= reason;
    for (const waiting of this.#pending.values()) waiting.reject(this.#stopped);
    this.#pending.clear();
  }

  #send(sql: string, parameters: readonly unknown[]): Promise<Extract<WorkerReply, { rows: unknown[] }>> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage({ id, sql, parameters });
    });
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const reply = await this.#send(query.sql, query.parameters);
    // The worker gives back plain objects, one per row, as better-sqlite3 reads them; and for a write, what Kysely's SQLite driver reports.
    if (reply.changes === undefined) return { rows: reply.rows as R[] };
    return { rows: reply.rows as R[], numAffectedRows: BigInt(reply.changes), insertId: BigInt(reply.lastInsertRowid ?? 0) };
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    yield await this.executeQuery<R>(query);
  }

  stop(): Promise<void> {
    this.#stop(new Error("The read workers are closed"));
    void this.#worker.terminate();
    return this.exited;
  }
}

/** Hands each caller a worker of its own, starting them on first use up to the pool's size; the rest wait in turn. */
class ReadWorkerDriver implements Driver {
  readonly #workers = new Set<ReadWorker>();
  readonly #idle: ReadWorker[] = [];
  readonly #waiting: Array<{ resolve: (worker: ReadWorker) => void; reject: (error: Error) => void }> = [];
  #closed = false;

  constructor(
    private readonly settings: WorkerSettings,
    private readonly size: number,
  ) {}

  async init(): Promise<void> {}

  threads(): Worker[] {
    return [...this.#workers].filter((worker) => worker.isAlive).map((worker) => worker.thread);
  }

  #start(): ReadWorker {
    const worker = new ReadWorker(this.settings);
    this.#workers.add(worker);
    void worker.exited.then(() => this.#workers.delete(worker));
    return worker;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#closed) throw new Error("The read workers are closed");
    for (let worker = this.#idle.pop(); worker; worker = this.#idle.pop()) if (worker.isAlive) return worker;
    const live = [...this.#workers].filter((worker) => worker.isAlive).length;
    if (live < this.size) return this.#start();
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const worker = [...this.#workers].find((candidate) => candidate === connection);
    if (worker?.isAlive) {
      const waiter = this.#waiting.shift();
      if (waiter) waiter.resolve(worker);
      else this.#idle.push(worker);
      return;
    }
    // A worker that stopped while in use is replaced for the caller waiting next, if any, so that it does not wait forever.
    const waiter = this.#closed ? undefined : this.#waiting.shift();
    if (waiter) waiter.resolve(this.#start());
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // Deferred: every statement until commit reads the same snapshot of the file, and a writer takes
    // the write lock only at its first write (failing with SQLITE_BUSY if the snapshot is stale by then).
    await connection.executeQuery(CompiledQuery.raw("begin"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // A worker that stopped has nothing left to roll back, and the error that stopped it is the one to report.
    const worker = [...this.#workers].find((candidate) => candidate === connection);
    if (!worker?.isAlive) return;
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async destroy(): Promise<void> {
    this.#closed = true;
    for (const waiter of this.#waiting.splice(0)) waiter.reject(new Error("The read workers are closed"));
    this.#idle.length = 0;
    await Promise.all([...this.#workers].map((worker) => worker.stop()));
  }
}

/** A read-only Kysely over a SQLite file whose statements run on a bounded pool of worker threads. */
export type ReadWorkerPool = {
  db: Kysely<DB>;
  /** The worker threads running now (started on first use). */
  threads: () => Worker[];
  /** Ends every worker; statements under way fail. */
  close: () => Promise<void>;
};

export function openReadWorkers(file: string, options: { size: number; busyTimeoutMs: number }): ReadWorkerPool {
  return openWorkers({ file, busyTimeoutMs: options.busyTimeoutMs, writable: false, niceness: READ_WORKER_NICENESS }, options.size);
}

/**
 * A Kysely over one worker thread with a read-write connection to the SQLite file, for imports: their
 * statements, the long check's reads above all, run beside the event loop and beside the server's own
 * connection, which keeps answering other requests (WAL lets it read while this one writes). Same
 * priority as the server: once it holds the write lock, every other writer waits for it.
 */
export function openImportWorker(file: string, options: { busyTimeoutMs: number }): ReadWorkerPool {
  return openWorkers({ file, busyTimeoutMs: options.busyTimeoutMs, writable: true, niceness: 0 }, 1);
}

function openWorkers(settings: WorkerSettings, size: number): ReadWorkerPool {
  const driver = new ReadWorkerDriver(settings, size);
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => driver,
      createIntrospector: (kysely) => new SqliteIntrospector(kysely),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
  return { db, threads: () => driver.threads(), close: () => db.destroy() };
}
