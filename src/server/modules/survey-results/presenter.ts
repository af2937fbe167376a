// Rows and computed figures as the API shapes them: the round (with what the caller may do), its bands,
// and each perspective's counts.
import type { Round } from "../../../contracts/surveys.js";
import type { Instrument, SurveyPerspective } from "../../../domain/surveys/instrument.js";
import type { Caller } from "../../actor.js";
import { exportsResponses, type RoundAccess } from "../surveys/access.js";
import { presentRound } from "../surveys/presenter.js";

/** The round as every survey resource shows it, with what the caller may do. */
export function presentResultsRound(row: RoundAccess, instrument: Instrument, caller: Caller, today: string): Round {
  return presentRound(row, instrument, { canRun: row.can_run === 1, canExport: exportsResponses(caller, row.response_export) }, today);
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
