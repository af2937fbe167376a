// Printable documents laid out by pdfmake on a thread of its own (pdf-worker.js): pdfmake's layout is
// synchronous and takes a good part of a second for a large document, which would hold every other
// request on the event loop. Each document is described as plain data (no function, so that it
// crosses to the worker) with the page footer's words holding {page} and {pages}.
import { Worker } from "node:worker_threads";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";

type WorkerReply = { id: number; bytes: Uint8Array; error?: undefined } | { id: number; bytes?: undefined; error: string };

// Beside this module in src/ (the tests) and in dist/ (the build copies it).
const WORKER_ENTRY = new URL("./pdf-worker.js", import.meta.url);

/** One thread for every document, started on the first download; it keeps the process alive only while it has work. */
class PdfWorker {
  readonly #worker = new Worker(WORKER_ENTRY);
  readonly #pending = new Map<number, { resolve: (data: Buffer) => void; reject: (error: Error) => void }>();
  #nextId = 0;
  alive = true;

  constructor() {
    this.#worker.unref();
    this.#worker.on("message", (reply: WorkerReply) => {
      const waiting = this.#pending.get(reply.id);
      if (!waiting) return;
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) this.#worker.unref();
      if (reply.bytes) waiting.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else waiting.reject(new Error(`The document could not be laid out: ${reply.error}`));
    });
    const stop = (error: Error) => {
      this.alive = false;
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
    this.#worker.on("error", (error) => stop(new Error(`The PDF worker stopped: ${error.message}`, { cause: error })));
    this.#worker.on("exit", (code) => stop(new Error(`The PDF worker stopped (exit code ${code})`)));
  }

  lay(definition: TDocumentDefinitions, pageLabel: string): Promise<Buffer> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage({ id, definition, pageLabel });
    });
  }
}

let worker: PdfWorker | null = null;

/** The document's PDF bytes, laid out off the event loop; `pageLabel` is the footer, e.g. "Page {page} of {pages}". */
export function layOutPdf(definition: TDocumentDefinitions, pageLabel: string): Promise<Buffer> {
  if (!worker?.alive) worker = new PdfWorker();
  return worker.lay(definition, pageLabel);
}
