// A round's results as figures that are shown or withheld: each score pooled over the submitted
// responses (and over each perspective's, where respondents answer from one), each choice item's
// counts, and the change of each score since the round before. A figure with fewer responses behind
// it than the threshold is withheld: its numbers are never given, only that it is withheld.
import { isCountedItem, itemFigures, roundRatioHalfUp, scoreFigures, type Spread } from "./scoring.js";
import { isWithheld } from "./threshold.js";
import { itemsOf, type Answers, type Instrument, type Localized, type SurveyPerspective } from "./instrument.js";

export type SubmittedResponse = { perspective: SurveyPerspective | null; answers: Answers };

export type ShownScore = {
  mean: number | null;
  band: string | null;
  answers: number | null;
  spread: Spread | null;
  responses: number | null;
  withheld: boolean;
};

export type ScoreChange = {
  roundId: string;
  label: string;
  previousMean: number;
  difference: number;
  previousResponses: number;
  responses: number;
};

export type ScoreOutcome = ShownScore & {
  key: string;
  title: Localized;
  perspectives: { lead: ShownScore; partner: ShownScore } | null;
  change: ScoreChange | null;
};

export type ItemOutcome = {
  id: string;
  type: string;
  text: Localized;
  answered: number | null;
  counts: Record<string, number> | null;
  percent: Record<string, number> | null;
  withheld: boolean;
};

export type RoundOutcome = { withheld: boolean; scores: ScoreOutcome[]; items: ItemOutcome[] };

/** The round before, as far as the change needs it: its id, label and scores as shown. */
export type PreviousOutcome = {
  roundId: string;
  label: string;
  scores: readonly Pick<ScoreOutcome, "key" | "mean" | "responses" | "withheld">[];
};

const WITHHELD_SCORE: ShownScore = { mean: null, band: null, answers: null, spread: null, responses: null, withheld: true };

function shownScore(instrument: Instrument, items: string[], responses: readonly Answers[], threshold: number): ShownScore {
  const figures = scoreFigures(instrument, { items }, responses);
  if (isWithheld(figures.responses, threshold)) return WITHHELD_SCORE;
  return { ...figures, withheld: false };
}

/** Whether the results are split by perspective: some respondent answered from one. */
export function hasPerspectives(responses: readonly { perspective: SurveyPerspective | null }[]): boolean {
  return responses.some((response) => response.perspective !== null);
}

/**
 * The difference of two means shown with two decimals, in hundredths so that 4.00 − 3.67 is 0.33 exactly.
 * @example meanDifference(4, 3.67) === 0.33
 */
export function meanDifference(current: number, previous: number): number {
  return (Math.round(current * 100) - Math.round(previous * 100)) / 100;
}

function changeOf(score: ShownScore & { key: string }, previous: PreviousOutcome | null): ScoreChange | null {
  if (!previous || score.withheld || score.mean === null || score.responses === null) return null;
  const before = previous.scores.find((candidate) => candidate.key === score.key);
  if (!before || before.withheld || before.mean === null || before.responses === null) return null;
  return {
    roundId: previous.roundId,
    label: previous.label,
    previousMean: before.mean,
    difference: meanDifference(score.mean, before.mean),
    previousResponses: before.responses,
    responses: score.responses,
  };
}

/**
 * Every figure of a round. With fewer submitted responses than the threshold, nothing at all: no
 * score, no item. `perspectives` splits each score into the lead's and the partners' views.
 * @example roundOutcome(healthCheck, 3, twoResponses, { perspectives: false, previous: null }) → { withheld: true, scores: [], items: [] }
 */
export function roundOutcome(
  instrument: Instrument,
  threshold: number,
  submitted: readonly SubmittedResponse[],
  options: { perspectives: boolean; previous: PreviousOutcome | null },
): RoundOutcome {
  if (isWithheld(submitted.length, threshold)) return { withheld: true, scores: [], items: [] };
  const answers = submitted.map((response) => response.answers);
  const from = (perspective: SurveyPerspective) =>
    submitted.filter((response) => response.perspective === perspective).map((response) => response.answers);
  const scores = instrument.scores.map((score): ScoreOutcome => {
    const shown = { key: score.key, ...shownScore(instrument, score.items, answers, threshold) };
    return {
      ...shown,
      title: score.title,
      perspectives: options.perspectives
        ? {
            lead: shownScore(instrument, score.items, from("lead"), threshold),
            partner: shownScore(instrument, score.items, from("partner"), threshold),
          }
        : null,
      change: changeOf(shown, options.previous),
    };
  });
  const items = itemsOf(instrument)
    .filter(isCountedItem)
    .map((item): ItemOutcome => {
      const figures = itemFigures(item, answers);
      const withheld = isWithheld(figures.answered, threshold);
      return {
        id: item.id,
        type: item.type,
        text: item.text,
        answered: withheld ? null : figures.answered,
        counts: withheld ? null : figures.counts,
        percent: withheld ? null : figures.percent,
        withheld,
      };
    });
  return { withheld: false, scores, items };
}

/**
 * Submitted of invited as a percentage with one decimal, rounded half up; null when nobody was asked.
 * @example responseRate(2, 3) === 66.7
 */
export function responseRate(submitted: number, invited: number): number | null {
  return invited === 0 ? null : roundRatioHalfUp(100 * submitted, invited, 1);
}
