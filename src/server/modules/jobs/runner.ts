// A background loop on a timer in the server process: runs a batch, and runs again at once while
// batches come back full, else after the interval. It never runs two batches at the same time in
// one process; across instances the claims in the database keep them apart.
import { hostname } from "node:os";
import { randomToken } from "../../crypto.js";

export type Runner = {
  /** Runs a batch now (or right after the current one), without waiting for the timer. */
  wake: () => void;
  /** Stops the timer and waits for the batch under way, if any. */
  stop: () => Promise<void>;
};

export type RunnerOptions = {
  intervalMs: number;
  /** One batch; returns true when there may be more to do right away. */
  runBatch: () => Promise<boolean>;
  onError: (error: unknown) => void;
};

/** An id for this process's claims: readable in the database, unique per start. */
export function workerIdentity(): string {
  return `${hostname()}:${process.pid}:${randomToken(6)}`;
}

export function startRunner(options: RunnerOptions): Runner {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };

  function tick(): void {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      let more = false;
      try {
        more = await options.runBatch();
      } catch (error) {
        options.onError(error);
      }
      running = null;
      const now = more || again;
      again = false;
      schedule(now ? 0 : options.intervalMs);
    })();
  }

  schedule(0);
  return {
    wake: () => schedule(0),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
