// What every survey factory shares: storing an instrument version as a row of `instruments`, days
// counted from today, and a round's respondents as its runner reads them.
import type { Kysely } from "kysely";
import type { Respondent } from "../../src/contracts/surveys.js";
import type { Instrument } from "../../src/domain/surveys/instrument.js";
import type { DB } from "../../src/server/db/schema.js";
import { now } from "../../src/server/ids.js";
import type { Client } from "./app.js";

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

/** Every respondent of a round as its runner reads them, through the paginated list (a round asks at most 2,000). */
export async function respondentsOf(client: Client, roundId: string): Promise<Respondent[]> {
  const all: Respondent[] = [];
  for (let page = 1; ; page += 1) {
    const response = await client.get(`/api/v1/survey-rounds/${roundId}/respondents?page=${page}&pageSize=100`);
    if (response.statusCode !== 200) throw new Error(`respondents of ${roundId}: ${response.statusCode} ${response.body}`);
    const body = response.json<{ data: Respondent[]; pagination: { totalPages: number } }>();
    all.push(...body.data);
    if (page >= body.pagination.totalPages) return all;
  }
}
