import type { Kysely } from "kysely";
import type { DialectName } from "../../db/database.js";
import type { DB } from "../../db/schema.js";
import { isDatabaseUnavailable } from "../../db/unavailable.js";
import { pingDatabase } from "./repository.js";

export type Health = { status: "ok"; database: DialectName } | { status: "unavailable"; database: DialectName };

/** Liveness: whether the database answers. Any other failure is thrown, for the error handler to report. */
export async function checkHealth(db: Kysely<DB>, dialect: DialectName): Promise<Health> {
  try {
    await pingDatabase(db);
    return { status: "ok", database: dialect };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: "unavailable", database: dialect };
    throw error;
  }
}
