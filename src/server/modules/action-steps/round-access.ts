// A round with the caller's rights over its partnership. A round
// of a partnership the caller may not read is "not found", as an unknown one is.
import type { Kysely } from "kysely";
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
