// Where an import does its work. Writing happens in one transaction: all rows or none. A dry run
// writes nothing, so it reads outside any transaction, statement by statement: on SQLite, whose one
// connection a transaction holds to its end, other requests are then answered while a large file
// is checked, instead of waiting for the whole check.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export function withinImport<T>(db: Kysely<DB>, dryRun: boolean, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  return dryRun ? work(db) : db.transaction().execute(work);
}
