// @ts-check
// One read-only connection to the SQLite file, on a thread of its own, so that a long aggregate runs
// beside the server's event loop instead of on it. It answers one statement at a time: the compiled
// SQL and its parameters in, the rows (or the error) out. Plain JavaScript, so that the same file runs
// from the sources under the tests and from dist/ (the build copies it).
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";

/** @typedef {{ id: number; sql: string; parameters: unknown[] }} Request */

const port = parentPort;
if (!port) throw new Error("read-worker.js runs as a worker thread");

/** @type {{ file: string; busyTimeoutMs: number; niceness: number }} */
const settings = workerData;
// Pages come before reports when the processor is short: on Linux this lowers this thread's priority
// only (the server's own thread keeps its own). Where it cannot be changed, the worker runs as it is.
try {
  setPriority(settings.niceness);
} catch {
  // not permitted or not supported: same priority as the server
}
// Read-only: a statement that would write fails here, whatever SQL reaches the worker.
const sqlite = new SQLite(settings.file, { readonly: true, fileMustExist: true });
sqlite.pragma(`busy_timeout = ${Math.trunc(settings.busyTimeoutMs)}`);

port.on("message", (/** @type {Request} */ request) => {
  try {
    const statement = sqlite.prepare(request.sql);
    if (statement.reader) {
      port.postMessage({ id: request.id, rows: statement.all(request.parameters) });
    } else {
      // begin, commit and rollback of a read transaction.
      statement.run(request.parameters);
      port.postMessage({ id: request.id, rows: [] });
    }
  } catch (error) {
    const { name, message, code } = /** @type {{ name?: unknown; message?: unknown; code?: unknown }} */ (error ?? {});
    port.postMessage({
      id: request.id,
      error: { name: String(name ?? "Error"), message: String(message ?? error), code: typeof code === "string" ? code : null },
    });
  }
});
