import type { Kysely } from "kysely";
import type { DialectName } from "../../db/database.js";
import type { DB } from "../../db/schema.js";
import { pingDatabase } from "./repository.js";

/** Liveness: the database answers. Throws when it does not, which the health route reports as a failure. */
export async function checkHealth(db: Kysely<DB>, dialect: DialectName): Promise<{ status: "ok"; database: DialectName }> {
  await pingDatabase(db);
  return { status: "ok", database: dialect };
}
