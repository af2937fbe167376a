// The instrument version a round asks: a built-in one, else one stored in the instruments table.
// Versions never change once published, so each is parsed once and kept.
import type { Kysely } from "kysely";
import { BUILT_IN_INSTRUMENTS } from "../../../domain/surveys/built-in/index.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import { instrumentDocumentSchema } from "../../../domain/surveys/instrument-schema.js";
import type { DB } from "../../db/schema.js";
import { findStoredInstrument } from "./repository.js";

const CACHE_SIZE = 200;
const parsed = new Map<string, Instrument>();

function parseDocument(document: string): Instrument | null {
  try {
    const result = instrumentDocumentSchema.safeParse(JSON.parse(document));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** One version of an instrument (the latest when no version is given), built-in first; null when there is none. */
export async function findInstrument(db: Kysely<DB>, id: string, version?: number): Promise<Instrument | null> {
  const builtIn = BUILT_IN_INSTRUMENTS.filter(
    (instrument) => instrument.id === id && (version === undefined || instrument.version === version),
  );
  if (version !== undefined && builtIn[0]) return builtIn[0];
  const key = `${id}@${version ?? "latest"}`;
  const cached = version === undefined ? undefined : parsed.get(key);
  if (cached) return cached;
  const row = await findStoredInstrument(db, id, version);
  const latestBuiltIn = builtIn.reduce<Instrument | null>(
    (best, instrument) => (!best || instrument.version > best.version ? instrument : best),
    null,
  );
  if (!row) return latestBuiltIn;
  if (latestBuiltIn && latestBuiltIn.version >= row.version) return latestBuiltIn;
  const instrument = parseDocument(row.document);
  if (instrument && version !== undefined) {
    if (parsed.size >= CACHE_SIZE) parsed.delete(parsed.keys().next().value ?? key);
    parsed.set(key, instrument);
  }
  return instrument;
}
