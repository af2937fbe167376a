// Finding an instrument: the built-in ones ship with the code, and a stored version of the same id is a
// later version; the given version, or without one the latest of the built-in and stored ones. Every
// module reads instruments through this function.
import type { Kysely } from "kysely";
import { BUILT_IN_INSTRUMENTS } from "../../../domain/surveys/built-in/index.js";
import { instrumentDocumentSchema } from "../../../domain/surveys/instrument-schema.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import type { DB } from "../../db/schema.js";

function latestOf(instruments: readonly Instrument[]): Instrument | undefined {
  return instruments.reduce<Instrument | undefined>((latest, one) => (latest && latest.version >= one.version ? latest : one), undefined);
}

/** A stored document read back; one that no longer parses is treated as missing rather than trusted. */
function parseDocument(document: string): Instrument | undefined {
  try {
    const parsed = instrumentDocumentSchema.safeParse(JSON.parse(document));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function findStoredDocument(db: Kysely<DB>, id: string, version?: number) {
  return db
    .selectFrom("instruments")
    .select(["document"])
    .where("id", "=", id)
    .$call((qb) => (version === undefined ? qb : qb.where("version", "=", version)))
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * An instrument by id: the given version, or the latest of the built-in and stored ones; null when there is none.
 * @example await findInstrument(db, "health-check") → the health check's latest version, or null
 */
export async function findInstrument(db: Kysely<DB>, id: string, version?: number): Promise<Instrument | null> {
  const builtIn = BUILT_IN_INSTRUMENTS.filter((instrument) => instrument.id === id);
  if (version !== undefined) {
    const shipped = builtIn.find((instrument) => instrument.version === version);
    if (shipped) return shipped;
    const row = await findStoredDocument(db, id, version);
    return (row && parseDocument(row.document)) ?? null;
  }
  const row = await findStoredDocument(db, id);
  const stored = row ? parseDocument(row.document) : undefined;
  return latestOf([...builtIn, ...(stored ? [stored] : [])]) ?? null;
}
