import type { Kysely, Transaction } from "kysely";
import type { DB } from "./schema.js";

/**
 * Runs several reads against one snapshot of the database, so that the figures of a report or the
 * sheets of an export agree with each other while writes go on: a read-only REPEATABLE READ
 * transaction on PostgreSQL (READ COMMITTED would give each statement a snapshot of its own), a read
 * transaction on SQLite, whose snapshot is taken at its first read and kept until it ends.
 */
export function readConsistently<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(work);
}
