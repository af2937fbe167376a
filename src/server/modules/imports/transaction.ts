// Where an import does its work: `db` is the database's importDb (on a SQLite file, a connection of its
// own on a worker thread, so that checking a large file holds neither the event loop nor the server's
// connection). Writing happens in one transaction, all rows or none, which checks without the write
// lock and takes it only to write (db/write-after-check.ts): `work` may then run again from the start
// when another writer changed the database during the check. A dry run writes nothing, so it reads
// outside any transaction, statement by statement.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { writeAfterCheck } from "../../db/write-after-check.js";

export function withinImport<T>(db: Kysely<DB>, dryRun: boolean, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  return dryRun ? work(db) : writeAfterCheck(db, work);
}
