// The instrument versions a list of rounds or mails names, each looked up once: built-in versions cost
// no statement, and each stored version one, however many rows name it.
import type { Kysely } from "kysely";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import type { DB } from "../../db/schema.js";
import { findInstrument } from "./service.js";

export type InstrumentVersion = { id: string; version: number };

export function instrumentKey(id: string, version: number): string {
  return `${id}@${version}`;
}

/** Each distinct (id, version) pair's instrument by `instrumentKey`; a version that is not found is left out. */
export async function findInstrumentVersions(db: Kysely<DB>, pairs: readonly InstrumentVersion[]): Promise<Map<string, Instrument>> {
  const wanted = new Map(pairs.map((pair) => [instrumentKey(pair.id, pair.version), pair]));
  const found = await Promise.all([...wanted].map(async ([key, pair]) => [key, await findInstrument(db, pair.id, pair.version)] as const));
  return new Map(found.flatMap(([key, instrument]) => (instrument ? [[key, instrument] as const] : [])));
}
