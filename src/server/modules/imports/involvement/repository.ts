import type { Kysely } from "kysely";
import type { DB, NewInvolvementRecord } from "../../../db/schema.js";
import { PROJECT_INDICATOR_KEYS } from "../../../../domain/typology/indicators.js";
import { chunks, rowsPerInsert } from "../repository.js";

// What a second save of the same member, perspective and round replaces; id, created_at and
// created_by stay those of the first save, as through the API.
const REPLACED = [
  "respondent",
  "answered_on",
  ...PROJECT_INDICATOR_KEYS,
  "type",
  "type_ordinal",
  "rubric_id",
  "rubric_version",
  "complete",
  "reasons",
  "classified_at",
  "updated_at",
  "updated_by",
] as const;

/** Inserts new records and replaces changed ones, many rows per statement (ON CONFLICT works alike on both databases). */
export async function upsertRecords(db: Kysely<DB>, rows: NewInvolvementRecord[]): Promise<void> {
  for (const chunk of chunks(rows, rowsPerInsert(rows[0]))) {
    await db
      .insertInto("involvement_records")
      .values(chunk)
      .onConflict((conflict) =>
        conflict
          .columns(["membership_id", "perspective", "round"])
          .doUpdateSet((eb) => Object.fromEntries(REPLACED.map((column) => [column, eb.ref(`excluded.${column}`)]))),
      )
      .execute();
  }
}
