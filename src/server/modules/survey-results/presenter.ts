// Rows and computed figures as the API shapes them: the round (with what the caller may do), its bands,
// and each perspective's counts.
import type { Round } from "../../../contracts/surveys.js";
import type { Instrument, SurveyPerspective } from "../../../domain/surveys/instrument.js";
import { isOperator, type Caller } from "../../actor.js";
import { may } from "../access/scope.js";
import type { RoundAccess } from "./round-access.js";

export type RoundStatus = Round["status"];

/** Scheduled before its opening day, open until it closes (its closing day included, or closed early), closed after. */
export function statusOf(round: { opens_on: string; closes_on: string; closed_at: string | null }, today: string): RoundStatus {
  if (round.closed_at !== null || today > round.closes_on) return "closed";
  return today < round.opens_on ? "scheduled" : "open";
}

/** Whether the caller may export the round's individual responses: an evaluator an administrator granted it to. */
export function exportsResponses(caller: Caller, responseExport: string | null): boolean {
  return isOperator(caller) || (may(caller, "exportResponses") && (responseExport === "anonymous" || responseExport === "identified"));
}

export function presentRound(row: RoundAccess, instrument: Instrument, caller: Caller, today: string): Round {
  const status = statusOf(row, today);
  const runs = row.can_run === 1;
  return {
    id: row.id,
    partnership: { id: row.partnership_id, name: row.partnership_name },
    program: { id: row.program_id, code: row.program_code },
    instrument: { id: row.instrument_id, version: row.instrument_version, title: instrument.title },
    label: row.label,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status,
    closedAt: row.closed_at,
    threshold: row.threshold,
    reminderDays: row.reminder_days,
    groupId: row.group_id,
    invited: Number(row.invited ?? 0),
    submitted: Number(row.submitted ?? 0),
    version: row.version,
    abilities: {
      // As the round itself says (modules/surveys/presenter.ts): a round past its date but not closed early may still be extended.
      update: runs && row.closed_at === null,
      close: runs && status !== "closed",
      exportResponses: exportsResponses(caller, row.response_export),
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentBands(instrument: Instrument) {
  return instrument.bands.map((band) => ({ key: band.key, label: band.label, min: band.min }));
}

/** Invited and submitted per perspective, where respondents answer from one. */
export function perspectiveCounts(respondents: readonly { perspective: string | null; submitted: boolean }[]) {
  const count = (perspective: SurveyPerspective) => {
    const from = respondents.filter((respondent) => respondent.perspective === perspective);
    return { invited: from.length, submitted: from.filter((respondent) => respondent.submitted).length };
  };
  return { lead: count("lead"), partner: count("partner") };
}
