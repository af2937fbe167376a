import type { Database } from "../server/db/database.js";
import { loadConfig, type Config } from "../server/env.js";
import { startRuntime } from "../server/runtime.js";
import { announceDatabase } from "./database-line.js";

/** Runs a command against the configured, migrated database, and always closes it; says which database first. */
export async function withRuntime<T>(work: (runtime: { config: Config; database: Database; applied: string[] }) => Promise<T>): Promise<T> {
  announceDatabase(loadConfig().database);
  const runtime = await startRuntime();
  try {
    return await work(runtime);
  } finally {
    await runtime.database.close();
  }
}
