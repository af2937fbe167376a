import type { Database } from "../server/db/database.js";
import type { Config } from "../server/env.js";
import { startRuntime } from "../server/runtime.js";

/** Runs a command against the configured, migrated database, and always closes it. */
export async function withRuntime<T>(work: (runtime: { config: Config; database: Database; applied: string[] }) => Promise<T>): Promise<T> {
  const runtime = await startRuntime();
  try {
    return await work(runtime);
  } finally {
    await runtime.database.close();
  }
}
