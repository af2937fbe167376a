import type { Kysely } from "kysely";
import type { DB } from "../../../db/schema.js";
import { AppError } from "../../../app-error.js";
import { chunks, rowsPerInsert } from "../repository.js";

/** The commitments of the partnerships a file names, to find each row's commitment again. */
export async function commitmentsOf(db: Kysely<DB>, partnershipIds: string[]) {
  const rows: DB["commitments"][] = [];
  for (const chunk of chunks(partnershipIds, 500)) {
    rows.push(...(await db.selectFrom("commitments").selectAll().where("partnership_id", "in", chunk).execute()));
  }
  return rows;
}
export type StoredCommitment = DB["commitments"];

export async function insertCommitments(db: Kysely<DB>, rows: DB["commitments"][]): Promise<void> {
  for (const chunk of chunks(rows, rowsPerInsert(rows[0]))) await db.insertInto("commitments").values(chunk).execute();
}

export async function insertEvents(db: Kysely<DB>, rows: DB["commitment_events"][]): Promise<void> {
  for (const chunk of chunks(rows, rowsPerInsert(rows[0]))) await db.insertInto("commitment_events").values(chunk).execute();
}

/** Each change from the version read; a row changed meanwhile by someone else refuses the whole import. */
export async function updateCommitments(db: Kysely<DB>, updates: { id: string; version: number; patch: Partial<DB["commitments"]> }[]) {
  for (const { id, version, patch } of updates) {
    const result = await db
      .updateTable("commitments")
      .set({ ...patch, version: version + 1 })
      .where("id", "=", id)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw AppError.stale();
  }
}
