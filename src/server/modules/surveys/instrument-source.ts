// The instruments a round may be opened on: the built-in ones first, then the versions people added
// (the `instruments` table), the latest when no version is named. The instruments module owns the
// library; this reads it for rounds, parsing each stored document with the structural schema.
import type { Kysely } from "kysely";
import { BUILT_IN_INSTRUMENTS } from "../../../domain/surveys/built-in/index.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import { instrumentDocumentSchema } from "../../../domain/surveys/instrument-schema.js";
import type { DB } from "../../db/schema.js";

function latestBuiltIn(id: string, version?: number): Instrument | null {
  const versions = BUILT_IN_INSTRUMENTS.filter(
    (instrument) => instrument.id === id && (version === undefined || instrument.version === version),
  );
  return versions.reduce<Instrument | null>(
    (latest, instrument) => (latest && latest.version >= instrument.version ? latest : instrument),
    null,
  );
}

function parseDocument(document: string): Instrument | null {
  try {
    const parsed = instrumentDocumentSchema.safeParse(JSON.parse(document));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The instrument of that id (and version), or null: a stored version later than the built-in one wins when no version is named. */
export async function findRoundInstrument(db: Kysely<DB>, id: string, version?: number): Promise<Instrument | null> {
  const builtIn = latestBuiltIn(id, version);
  if (builtIn && version !== undefined) return builtIn;
  const stored = await db
    .selectFrom("instruments")
    .select(["version", "document"])
    .where("id", "=", id)
    .$call((qb) => (version === undefined ? qb : qb.where("version", "=", version)))
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  if (stored && (!builtIn || stored.version > builtIn.version)) return parseDocument(stored.document);
  return builtIn;
}

/** Each of these (id, version) pairs' instrument, for presenting rounds; one query for the stored ones. */
export async function roundInstruments(db: Kysely<DB>, pairs: { id: string; version: number }[]): Promise<Map<string, Instrument>> {
  const found = new Map<string, Instrument>();
  const wanted: { id: string; version: number }[] = [];
  for (const pair of pairs) {
    const key = `${pair.id}@${pair.version}`;
    if (found.has(key)) continue;
    const builtIn = latestBuiltIn(pair.id, pair.version);
    if (builtIn) found.set(key, builtIn);
    else wanted.push(pair);
  }
  if (wanted.length > 0) {
    const rows = await db
      .selectFrom("instruments")
      .select(["id", "version", "document"])
      .where((eb) => eb.or(wanted.map((pair) => eb.and([eb("id", "=", pair.id), eb("version", "=", pair.version)]))))
      .execute();
    for (const row of rows) {
      const instrument = parseDocument(row.document);
      if (instrument) found.set(`${row.id}@${row.version}`, instrument);
    }
  }
  return found;
}

export function instrumentKey(id: string, version: number): string {
  return `${id}@${version}`;
}
