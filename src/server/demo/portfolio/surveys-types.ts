// The surveys of a demo partnership, written by hand: when each round of each built-in instrument ran,
// how many of those asked answered, the mean each rated score is drawn around, and the action steps the
// coordinator decided on. The answers themselves are drawn from a fixed seed (surveys/answers.ts), so
// that the same portfolio comes back every time; days are counted from the day the demo is loaded.

export type DemoSurveyLabel = "baseline" | "final";

/** Who answered: everyone but `unsubmitted`, or exactly `submitted`; `started` of the others saved some answers. */
export type DemoTurnout = { unsubmitted: number; started: number } | { submitted: number; started: number };

export type DemoSurveyRound = {
  instrument: "involvement-checklist" | "health-check" | "partnership-experience" | "capacity-self-assessment";
  label: DemoSurveyLabel;
  /** Days from today (negative: before); a round whose close is ahead is still open. */
  opensDays: number;
  closesDays: number;
  turnout: DemoTurnout;
  /** Rated instruments: the mean each score's answers are drawn around, on the agreeing side (4 agrees). */
  means?: Record<string, number>;
  /** The partnership experience survey: a few words some respondents left at the end. */
  comments?: string[];
};

/** A step proposed for a weak score and what the coordinator decided about it. */
export type DemoActionStep = {
  label: DemoSurveyLabel;
  instrument: "health-check" | "capacity-self-assessment";
  /** The built-in suggestion, `<instrument>.<score>.<n>`. */
  suggestion: string;
  decidedDaysAgo: number;
  decision: { accept: true; goal: number; objective: number; owner: string; contact?: number; dueDays: number } | { accept: false };
};

export type DemoSurveys = {
  partnership: string;
  /** The language the partnership works in: the action steps' wording. */
  language: "en" | "fr";
  rounds: DemoSurveyRound[];
  actionSteps: DemoActionStep[];
};
