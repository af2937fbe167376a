// The demo respondents' answers, drawn from a seeded generator. Rated statements fall around the mean
// written for their score, each respondent leaning a little to one side, with a few "don't know"; a
// negatively worded statement is answered as its reverse. The involvement checklist follows the
// national generator's answers for a level of involvement. The partnership experience survey is
// answered, across every response of the demo together, in the shares the 2002 study reported.
import { DONT_KNOW, itemsOf, type Answers, type Instrument } from "../../../domain/surveys/instrument.js";
import type { ContinuumType } from "../../../domain/reports/typology-report.js";
import { answersFor } from "../national/answers.js";
import { LEVELS, levelWeights, type Perspective } from "../national/distributions.js";
import type { Random } from "../national/random.js";

const DONT_KNOW_RATE = 0.05;
/** How widely one respondent's answers scatter around a score's mean, in scale points. */
const SCATTER = 0.75;

/** A value of 1–5 drawn around `mean`, the closer the likelier. */
function ratingNear(random: Random, mean: number): number {
  const weights = [1, 2, 3, 4, 5].map((value) => Math.exp(-((value - mean) ** 2) / (2 * SCATTER * SCATTER)));
  return random.weighted(weights) + 1;
}

/** Every rated statement of the instrument answered around its score's mean, shifted by the respondent's `lean`. */
export function ratedAnswers(random: Random, instrument: Instrument, means: Readonly<Record<string, number>>, lean: number): Answers {
  const scoreOf = new Map(instrument.scores.flatMap((score) => score.items.map((item) => [item, score.key] as const)));
  const answers: Answers = {};
  for (const item of itemsOf(instrument)) {
    if (item.type !== "agreement5") continue;
    const mean = means[scoreOf.get(item.id) ?? ""];
    if (mean === undefined) throw new Error(`Demo surveys: no mean for the score of ${instrument.id} ${item.id}`);
    if (random.chance(DONT_KNOW_RATE)) {
      answers[item.id] = DONT_KNOW;
      continue;
    }
    const agreement = ratingNear(random, mean + lean);
    answers[item.id] = item.reverse ? 6 - agreement : agreement;
  }
  return answers;
}

/** The checklist as one perspective answers it about a member of a program's partnership: yes and no, a few left blank. */
export function checklistAnswers(random: Random, program: string, perspective: Perspective, level?: ContinuumType): Answers {
  const drawn = level ?? LEVELS[random.weighted(levelWeights(program, perspective))] ?? "none";
  const answers: Answers = {};
  for (const [key, value] of Object.entries(answersFor(random, perspective, drawn))) {
    if (value !== null) answers[key] = value ? "yes" : "no";
  }
  return answers;
}

/** The study's shares (partners' answers, seed 002), with small shares for the answers it met too rarely to report. */
export const EXPERIENCE_SHARES = {
  // 33, 26 and 6 of 65 partners.
  how_involved: { approached_by_lead: 0.51, interagency_discussion: 0.4, approached_lead: 0.09 },
  // 81.5 % very well, 18.5 % well; project managers also answered "neither" (1.9 %).
  satisfaction: { very_well: 0.68, well: 0.2, neither: 0.06, badly: 0.03, very_badly: 0.03 },
  // Project managers: 68.5 % fully, 27.8 % partly, 3.7 % not at all.
  expectations_met: { fully: 0.62, partially: 0.3, not_at_all: 0.08 },
  // 94 % would pursue partnerships.
  future_partnering: { yes: 0.86, no: 0.04, unsure: 0.1 },
} as const;

/** Each option's share of partners choosing it: motivations (of 67), Table 5 (of 64), Table 8 (of 65). */
export const EXPERIENCE_CHOICE_SHARES = {
  motivations: { concern_for_issue: 0.87, good_will_to_sponsor: 0.61, interagency_commitment: 0.58, other: 0.1 },
  benefits: {
    more_successful: 0.484,
    agency_benefits: 0.469,
    more_resources: 0.234,
    new_activities: 0.219,
    wider_picture: 0.219,
    common_goals: 0.188,
  },
  success_factors: {
    strong_leadership: 0.672,
    adequate_funding: 0.415,
    common_goals: 0.862,
    shared_values: 0.754,
    adequate_preparation: 0.444,
    shared_decision_making: 0.369,
    full_participation: 0.538,
    clear_mandate: 0.6,
    other: 0.277,
  },
} as const;

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.below(index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/**
 * `count` options in the given shares, as closely as whole answers allow (systematic sampling from one
 * random start), in a random order: every option whose share reaches 1 / count is chosen at least once.
 */
function inShares(random: Random, shares: Readonly<Record<string, number>>, count: number): string[] {
  const entries = Object.entries(shares);
  const total = entries.reduce((sum, [, share]) => sum + share, 0);
  const start = random.next();
  const picked: string[] = [];
  for (let index = 0; index < count; index += 1) {
    let target = ((index + start) / count) * total;
    const found = entries.find(([, share]) => (target -= share) < 0);
    picked.push(found?.[0] ?? entries.at(-1)?.[0] ?? "");
  }
  return shuffled(random, picked);
}

/** The answers of `count` partners to the experience survey, the comments given to the first ones. */
export function experienceAnswers(random: Random, count: number): Answers[] {
  const answers: Answers[] = Array.from({ length: count }, () => ({}));
  for (const [item, shares] of Object.entries(EXPERIENCE_SHARES)) {
    inShares(random, shares, count).forEach((option, index) => {
      const response = answers[index];
      if (response) response[item] = option;
    });
  }
  for (const [item, shares] of Object.entries(EXPERIENCE_CHOICE_SHARES)) {
    const chosen: string[][] = answers.map(() => []);
    for (const [option, share] of Object.entries(shares)) {
      // Exactly the share's number of partners choose the option (rounded), drawn at random.
      const takers = shuffled(random, [...chosen.keys()]).slice(0, Math.round(share * count));
      for (const index of takers) chosen[index]?.push(option);
    }
    chosen.forEach((options, index) => {
      const response = answers[index];
      const ordered = Object.keys(shares).filter((option) => options.includes(option));
      // What led a partner to take part is always answered; "none" of the others is left blank.
      if (ordered.length === 0 && item === "motivations") ordered.push("concern_for_issue");
      if (response && ordered.length > 0) response[item] = ordered;
    });
  }
  return answers;
}

/** The answers a respondent saved before leaving the form: the first `share` of the items answered. */
export function startedPart(answers: Answers, instrument: Instrument, share: number): Answers {
  const ids = itemsOf(instrument)
    .map((item) => item.id)
    .filter((id) => id in answers);
  const kept = ids.slice(0, Math.max(1, Math.floor(ids.length * share)));
  return Object.fromEntries(kept.map((id) => [id, answers[id] ?? ""]));
}
