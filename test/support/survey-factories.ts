// What every survey factory shares: storing an instrument version as a row of `instruments`, and days
// counted from today.
import type { Kysely } from "kysely";
import type { Instrument } from "../../src/domain/surveys/instrument.js";
import type { DB } from "../../src/server/db/schema.js";
import { now } from "../../src/server/ids.js";

/** Stores the instrument as an added version, once: a second call for the same version leaves it as it is. */
export async function insertInstrumentRow(db: Kysely<DB>, instrument: Instrument): Promise<Instrument> {
  await db
    .insertInto("instruments")
    .values({
      id: instrument.id,
      version: instrument.version,
      title_en: instrument.title.en,
      title_fr: instrument.title.fr,
      document: JSON.stringify(instrument),
      created_at: now(),
      created_by: null,
    })
    .onConflict((conflict) => conflict.columns(["id", "version"]).doNothing())
    .execute();
  return instrument;
}

/** The UTC date `days` from today. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
