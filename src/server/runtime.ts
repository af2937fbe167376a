import { openDatabase, type Database } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { loadConfig, type Config } from "./env.js";

/** Configuration and a migrated database: what the server and every CLI command start from. */
export async function startRuntime(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ config: Config; database: Database; applied: string[] }> {
  const config = loadConfig(env);
  const database = openDatabase(config.database);
  try {
    const { applied } = await migrateToLatest(database.db);
    return { config, database, applied };
  } catch (error) {
    await database.close();
    throw error;
  }
}
