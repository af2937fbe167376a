// @ts-check
// One connection to the SQLite file, on a thread of its own, so that long statements run beside the
// server's event loop instead of on it: read-only for the pool that runs reports and exports,
// read-write for the one that runs imports. It answers one statement at a time: the compiled SQL and
// its parameters in, the rows (or the error) out. Plain JavaScript, so that the same file runs from the
// sources under the tests and from dist/ (the build copies it).
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";

/** @typedef {{ id: number; sql: string; parameters: unknown[] }} Request */

const port = parentPort;
if (!port) throw new Error("read-worker.js runs as a worker thread");

/** @type {{ file: string; busyTimeoutMs: number; niceness: number; writable: boolean }} */
const settings = workerData;
// Pages come before reports when the processor is short: on Linux this lowers this thread's priority
// only (the server's own thread keeps its own). Where it cannot be changed, the worker runs as it is.
if (settings.niceness > 0) {
  try {
    setPriority(settings.niceness);
  } catch {
    // not permitted or not supported: same priority as the server
  }
}
// Read-only unless asked: a statement that would write fails on a reader, whatever SQL reaches it.
const sqlite = new SQLite(settings.file, { readonly: !settings.writable, fileMustExist: true });
// Waiting for a lock here holds this thread only, never the server's event loop.
sqlite.pragma(`busy_timeout = ${Math.trunc(settings.busyTimeoutMs)}`);
// A writer keeps the rules the server's own connection keeps.
if (settings.writable) {
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
}

port.on("message", (/** @type {Request} */ request) => {
  try {
    const statement = sqlite.prepare(request.sql);
    if (statement.reader) {
      port.postMessage({ id: request.id, rows: statement.all(request.parameters) });
    } else {
      // A write, or begin, commit and rollback.
      const { changes, lastInsertRowid } = statement.run(request.parameters);
      port.postMessage({ id: request.id, rows: [], changes, lastInsertRowid: Number(lastInsertRowid) });
    }
  } catch (error) {
    const { name, message, code } = /** @type {{ name?: unknown; message?: unknown; code?: unknown }} */ (error ?? {});
    port.postMessage({
      id: request.id,
      error: { name: String(name ?? "Error"), message: String(message ?? error), code: typeof code === "string" ? code : null },
    });
  }
});
