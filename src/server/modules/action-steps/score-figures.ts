// A score's pooled mean and band for the proposals: every agreement value of its items across the
// submitted responses, "don't know" and unanswered left out, a reversed item counted as 6 − value, the
// mean rounded half up to two decimals exactly (integer arithmetic), the band the first whose `min` it
// reaches. The same rule as the results' figures, kept here to the two numbers the proposals need.
import type { Answers, Instrument, InstrumentScore } from "../../../domain/surveys/instrument.js";
import { itemsOf } from "../../../domain/surveys/instrument.js";

export type ScoreMean = { mean: number | null; band: string | null };

export function scoreMean(instrument: Instrument, score: InstrumentScore, responses: readonly Answers[]): ScoreMean {
  const items = new Map(itemsOf(instrument).map((item) => [item.id, item]));
  let sum = 0;
  let count = 0;
  for (const answers of responses) {
    for (const itemId of score.items) {
      const item = items.get(itemId);
      const value = answers[itemId];
      if (item?.type !== "agreement5" || typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 5) continue;
      sum += item.reverse === true ? 6 - value : value;
      count += 1;
    }
  }
  if (count === 0) return { mean: null, band: null };
  // round half up of sum / count to hundredths: floor((200·sum + count) / (2·count)) / 100.
  const mean = Math.floor((200 * sum + count) / (2 * count)) / 100;
  return { mean, band: instrument.bands.find((band) => mean >= band.min)?.key ?? null };
}
