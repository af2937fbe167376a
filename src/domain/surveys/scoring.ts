// A round's figures from its submitted responses. Scores are pooled: every counted value of the score's
// items across the responses, "don't know" and unanswered left out, a reverse item counted as 6 − value.
// Means and shares are rounded half up from their exact fraction (a sum and a count, both integers), so
// that a mean of exactly 3.995 is 4.00 and a strength, never 3.99 through a binary float.
import {
  AGREEMENT_VALUES,
  DONT_KNOW,
  type Answers,
  type Instrument,
  type InstrumentBand,
  type InstrumentItem,
  type InstrumentScore,
} from "./instrument.js";

export type Spread = Record<"1" | "2" | "3" | "4" | "5" | "dont_know", number>;

export type ScoreFigures = {
  /** Rounded half up to two decimals; null when no value was counted. */
  mean: number | null;
  band: string | null;
  /** How many values were counted (dont_know left out). */
  answers: number;
  /** How many answers gave each (counted) value, and how many said "don't know". */
  spread: Spread;
  /** Responses with at least one counted value: how many stand behind the mean. */
  responses: number;
};

export type ItemFigures = {
  /** Responses that answered the item. */
  answered: number;
  counts: Record<string, number>;
  /** Of the responses that answered, one decimal, rounded half up. */
  percent: Record<string, number>;
};

/**
 * numerator / denominator rounded half up to `decimals`, computed in integers (both non-negative).
 * @example roundRatioHalfUp(799, 200, 2) === 4 // 3.995
 */
export function roundRatioHalfUp(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals;
  // floor(n·scale/d + 1/2) = floor((2·n·scale + d) / (2·d)), exact while the integers stay below 2^53.
  const scaled = Math.floor((2 * numerator * scale + denominator) / (2 * denominator));
  return scaled / scale;
}

/**
 * A decimal value rounded half up (away from zero for negatives) to `decimals`, from its shortest
 * decimal writing rather than its binary value, so 1.005 gives 1.01.
 * @example roundHalfUp(1.005, 2) === 1.01; roundHalfUp(-0.25, 1) === -0.3
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const written = String(Math.abs(value));
  // A value written with an exponent (1e-7, 1e+21) is far from any half: plain scaling rounds it right.
  const shifted = written.includes("e") ? Math.abs(value) * 10 ** decimals : Number(`${written}e${decimals}`);
  return (sign * Math.round(shifted)) / 10 ** decimals || 0;
}

/**
 * The band a rounded mean falls in: the first (bands run highest `min` first) whose `min` it reaches.
 * @example bandOf(4, [{ key: "strength", min: 4 }, { key: "borderline", min: 3 }, …]) === "strength"
 */
export function bandOf(mean: number | null, bands: readonly Pick<InstrumentBand, "key" | "min">[]): string | null {
  if (mean === null) return null;
  return bands.find((band) => band.min <= mean)?.key ?? null;
}

export function emptySpread(): Spread {
  return { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, dont_know: 0 };
}

function isScaleValue(value: unknown): value is (typeof AGREEMENT_VALUES)[number] {
  return typeof value === "number" && AGREEMENT_VALUES.some((allowed) => allowed === value);
}

function itemsById(instrument: Instrument): Map<string, InstrumentItem> {
  return new Map(instrument.sections.flatMap((section) => section.items.map((item) => [item.id, item] as const)));
}

/**
 * One score's pooled figures over the responses.
 * @example scoreFigures(instrument, { items: ["a", "b"] }, [{ a: 4, b: "dont_know" }, { a: 5, b: 2 }]) → mean 3.67 over 3 answers
 */
export function scoreFigures(instrument: Instrument, score: Pick<InstrumentScore, "items">, responses: readonly Answers[]): ScoreFigures {
  const items = itemsById(instrument);
  const scored = score.items.flatMap((id) => {
    const item = items.get(id);
    return item && item.type === "agreement5" ? [item] : [];
  });
  const spread = emptySpread();
  let sum = 0;
  let answers = 0;
  let responseCount = 0;
  for (const response of responses) {
    let counted = false;
    for (const item of scored) {
      const value = response[item.id];
      if (value === DONT_KNOW) spread.dont_know += 1;
      if (!isScaleValue(value)) continue;
      const point = item.reverse === true ? 6 - value : value;
      spread[String(point) as keyof Spread] += 1;
      sum += point;
      answers += 1;
      counted = true;
    }
    if (counted) responseCount += 1;
  }
  const mean = answers === 0 ? null : roundRatioHalfUp(sum, answers, 2);
  return { mean, band: bandOf(mean, instrument.bands), answers, spread, responses: responseCount };
}

/** The keys an answer to a choice or yes/no item names; none when it is not an answer to that item. */
function chosenKeys(item: InstrumentItem, value: unknown): string[] {
  const allowed = item.type === "yesno" ? ["yes", "no"] : (item.options ?? []).map((option) => option.key);
  if (item.type === "multiple") {
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((key): key is string => typeof key === "string" && allowed.includes(key)))];
  }
  return typeof value === "string" && allowed.includes(value) ? [value] : [];
}

/** The keys a choice or yes/no item counts, in the order shown. */
export function itemKeys(item: InstrumentItem): string[] {
  return item.type === "yesno" ? ["yes", "no"] : (item.options ?? []).map((option) => option.key);
}

/** Whether an item's answers are counted per option: single and multiple choice, yes/no. */
export function isCountedItem(item: InstrumentItem): boolean {
  return item.type === "single" || item.type === "multiple" || item.type === "yesno";
}

/**
 * A choice or yes/no item's counts per option and their shares of the responses that answered it
 * (a multiple-choice item's shares may add up to more than 100).
 * @example itemFigures(yesno, [{ q: "yes" }, { q: "no" }, { q: "yes" }, {}]) → answered 3, yes 2 (66.7), no 1 (33.3)
 */
export function itemFigures(item: InstrumentItem, responses: readonly Answers[]): ItemFigures {
  const keys = itemKeys(item);
  const counts: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
  let answered = 0;
  for (const response of responses) {
    const chosen = chosenKeys(item, response[item.id]);
    if (chosen.length === 0) continue;
    answered += 1;
    for (const key of chosen) counts[key] = (counts[key] ?? 0) + 1;
  }
  const percent = Object.fromEntries(
    keys.map((key) => [key, answered === 0 ? 0 : roundRatioHalfUp(100 * (counts[key] ?? 0), answered, 1)]),
  );
  return { answered, counts, percent };
}
