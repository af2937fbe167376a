// A round with the caller's rights over its partnership, and the instrument version it asked. A round
// of a partnership the caller may not read is "not found", as an unknown one is.
import type { Kysely } from "kysely";
import { BUILT_IN_INSTRUMENTS } from "../../../domain/surveys/built-in/index.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import { instrumentDocumentSchema } from "../../../domain/surveys/instrument-schema.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import * as repo from "./repository.js";

type Db = Kysely<DB>;

export async function loadRoundAccess(db: Db, actor: Actor, roundId: string) {
  const round = await repo.findRound(db, roundId);
  if (!round) throw AppError.notFound("surveyRound");
  try {
    const partnership = await loadPartnershipAccess(db, actor, round.partnership_id);
    return {
      ...round,
      partnership_name: partnership.name,
      program_id: partnership.program_id,
      can_manage_plan: partnership.can_manage_plan,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw AppError.notFound("surveyRound");
    throw error;
  }
}

/** An instrument version: built in first, then stored; null when neither has it. */
export async function instrumentVersion(db: Db, id: string, version: number): Promise<Instrument | null> {
  const builtIn = BUILT_IN_INSTRUMENTS.find((instrument) => instrument.id === id && instrument.version === version);
  if (builtIn) return builtIn;
  const stored = await repo.findStoredInstrument(db, id, version);
  return stored ? parseInstrument(stored.document) : null;
}

/** A stored document read back; a row that no longer parses is treated as missing rather than trusted. */
export function parseInstrument(document: string): Instrument | null {
  try {
    const parsed = instrumentDocumentSchema.safeParse(JSON.parse(document));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** An instrument's latest version: built in first, then the latest stored one. */
export async function latestInstrument(db: Db, id: string): Promise<Instrument | null> {
  const builtIn = BUILT_IN_INSTRUMENTS.filter((instrument) => instrument.id === id).sort((a, b) => b.version - a.version)[0];
  if (builtIn) return builtIn;
  const stored = await repo.latestStoredInstrument(db, id);
  return stored ? parseInstrument(stored.document) : null;
}
