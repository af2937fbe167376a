// A round as the caller may see it: the round with its partnership and counts, and what the caller may
// do there. The round is found by its id first, then the partnership's scopes are narrowed to that
// partnership, so the check costs the same however large the caller's portfolio. A round of a
// partnership the caller does not read is "not found", like any row outside the caller's scope.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { isOperator, userIdOf, type Caller } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { may, rowScope } from "../access/scope.js";
import * as repo from "./repository.js";

export type RoundAccess = repo.RoundRow & {
  can_read: 1;
  can_run: number;
  can_manage_plan: number;
  /** The export of individual responses granted to the caller's account: null, "anonymous" or "identified". */
  response_export: string | null;
};

/** The round joined with its partnership (name, program_id, lead), its counts and the caller's flags; 404 unless the caller reads the partnership. */
export async function loadRoundAccess(db: Kysely<DB>, caller: Caller, roundId: string): Promise<RoundAccess> {
  const round = await repo.findRound(db, roundId);
  if (!round) throw AppError.notFound("surveyRound");
  const one = (action: "read" | "runSurveys" | "managePlan") => rowScope(db, caller, "partnership", action, round.partnership_id);
  const flags = await repo.findRoundFlags(
    db,
    round.partnership_id,
    { read: one("read"), run: one("runSurveys"), managePlan: one("managePlan") },
    userIdOf(caller),
  );
  if (!flags) throw AppError.notFound("surveyRound");
  return {
    ...round,
    can_read: 1,
    can_run: Number(flags.can_run),
    can_manage_plan: Number(flags.can_manage_plan),
    response_export: flags.response_export ?? null,
  };
}

/** Whether the caller may export a round's individual responses: the operator, or an evaluator an administrator granted it to. */
export function exportsResponses(caller: Caller, responseExport: string | null): boolean {
  return isOperator(caller) || (may(caller, "exportResponses") && (responseExport === "anonymous" || responseExport === "identified"));
}
