// Finding an instrument: the built-in ones ship with the code, and a stored version of the same id is a
// later version; without a version asked for, the latest.
import type { Kysely } from "kysely";
import { BUILT_IN_INSTRUMENTS } from "../../../domain/surveys/built-in/index.js";
import { instrumentDocumentSchema } from "../../../domain/surveys/instrument-schema.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import type { DB } from "../../db/schema.js";

/** An instrument's version (the latest when none is given): built-in first, then stored; null when there is none. */
export async function findInstrument(db: Kysely<DB>, id: string, version?: number): Promise<Instrument | null> {
  const builtIn = BUILT_IN_INSTRUMENTS.filter((instrument) => instrument.id === id);
  const shipped = version === undefined ? builtIn.at(-1) : builtIn.find((instrument) => instrument.version === version);
  if (shipped && version !== undefined) return shipped;
  const stored = await db
    .selectFrom("instruments")
    .select(["document"])
    .where("id", "=", id)
    .$call((qb) => (version === undefined ? qb.orderBy("version", "desc").limit(1) : qb.where("version", "=", version)))
    .executeTakeFirst();
  if (!stored) return shipped ?? null;
  const parsed = instrumentDocumentSchema.safeParse(JSON.parse(stored.document));
  return parsed.success ? parsed.data : (shipped ?? null);
}
