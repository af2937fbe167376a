// Which of a round's scores propose action steps, and what each proposes: the lowest band of an
// instrument is its concern band (health-check's "concern"), the one just above it, where an
// instrument has three bands or more, its borderline band; the top band never proposes anything.
import type { InstrumentBand, Localized } from "./instrument.js";
import type { LibrarySuggestion } from "./suggestion-library.js";

/**
 * The band keys whose scores propose steps: the lowest, and on request the one above it.
 * @example proposingBands([{ key: "strength", min: 4 }, { key: "borderline", min: 3 }, { key: "concern", min: 1 }], true) // → ["concern", "borderline"]
 */
export function proposingBands(bands: readonly Pick<InstrumentBand, "key" | "min">[], borderline: boolean): string[] {
  const lowestFirst = [...bands].sort((a, b) => a.min - b.min).map((band) => band.key);
  const concern = lowestFirst.slice(0, 1);
  return borderline && lowestFirst.length >= 3 ? [...concern, ...lowestFirst.slice(1, 2)] : concern;
}

export type ScoreFigure<Step> = { key: string; title: Localized; mean: number | null; band: string | null; steps: readonly Step[] };

export type ScoreProposal<Step> = {
  key: string;
  title: Localized;
  mean: number;
  band: string;
  suggestions: { key: string; text: Localized }[];
  steps: Step[];
};

/**
 * Per score in a proposing band (or with a decision already made, so that no decision disappears when the
 * borderline ones are put away): the library's suggestions for it that no step came from yet, and its steps.
 * A score without a figure (no answer counted, or withheld) proposes nothing.
 */
export function proposeSteps<Step extends { suggestionKey: string | null }>(
  instrument: string,
  scores: readonly ScoreFigure<Step>[],
  bands: readonly string[],
  library: readonly LibrarySuggestion[],
): ScoreProposal<Step>[] {
  const proposals: ScoreProposal<Step>[] = [];
  for (const score of scores) {
    if (score.mean === null || score.band === null) continue;
    if (!bands.includes(score.band) && score.steps.length === 0) continue;
    const decided = new Set(score.steps.map((step) => step.suggestionKey));
    const suggestions = library
      .filter((s) => s.instrument === instrument && s.score === score.key && !s.hidden && !decided.has(s.key))
      .map((s) => ({ key: s.key, text: s.text }));
    proposals.push({ key: score.key, title: score.title, mean: score.mean, band: score.band, suggestions, steps: [...score.steps] });
  }
  return proposals;
}
