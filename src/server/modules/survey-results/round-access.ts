// A round as the caller may reach it: 404 unless they may read its partnership, then the round with its
// partnership, program and counts, and what they may do with it. Two statements: the round's partnership,
// then the round with the caller's scopes narrowed to that one partnership.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { userIdOf, type Caller } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { rowScope } from "../access/scope.js";
import * as repo from "./repository.js";

export type RoundAccess = repo.RoundAccessRow & { can_read: 1 };

export async function loadRoundAccess(db: Kysely<DB>, caller: Caller, roundId: string): Promise<RoundAccess> {
  const located = await repo.findRoundPartnership(db, roundId);
  if (!located) throw AppError.notFound("surveyRound");
  const partnershipId = located.partnership_id;
  const row = await repo.findRoundAccess(
    db,
    roundId,
    {
      readable: rowScope(db, caller, "partnership", "read", partnershipId),
      run: rowScope(db, caller, "partnership", "runSurveys", partnershipId),
      managePlan: rowScope(db, caller, "partnership", "managePlan", partnershipId),
    },
    userIdOf(caller),
  );
  if (!row) throw AppError.notFound("surveyRound");
  return { ...row, can_read: 1 };
}
