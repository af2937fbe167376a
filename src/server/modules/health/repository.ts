import { sql, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

/** The cheapest round trip to the database: fails when it does not answer. */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
