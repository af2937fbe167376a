// How close two names are, to ask "did you mean …?" before the same agency is registered twice under
// two spellings. Names are compared by their keys (case, accents and punctuation folded), as words and
// as letter trigrams: word overlap catches a name with a word more or less ("… Diversion" beside
// "… Diversion Program"), trigrams catch a typing slip ("Safty" beside "Safety").
import { nameKey } from "./name-key.js";

/** Words too common in organization names to say anything about two names being the same. */
const STOP_WORDS = new Set([
  "a",
  "and",
  "at",
  "d",
  "de",
  "des",
  "du",
  "et",
  "for",
  "in",
  "l",
  "la",
  "le",
  "les",
  "of",
  "on",
  "the",
  "to",
  "en",
  "pour",
  "sur",
  "au",
  "aux",
]);

/** From this score on, two names are close enough to ask. */
export const SIMILAR_FROM = 0.6;

/** The words of a name that count: its key split on anything but letters and digits, common words left out. */
export function nameTokens(name: string): string[] {
  return [...new Set(nameKey(name).split(/[^\p{L}\p{N}]+/u))].filter((word) => word !== "" && !STOP_WORDS.has(word));
}

/** Letter trigrams of each word, padded as pg_trgm pads them ("  c", " ce", "cen", …, "re "). */
export function trigrams(name: string): Set<string> {
  const grams = new Set<string>();
  for (const word of nameKey(name).split(/[^\p{L}\p{N}]+/u)) {
    if (word === "") continue;
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index += 1) grams.add(padded.slice(index, index + 3));
  }
  return grams;
}

function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const shared = overlap(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * How close two names are, from 0 (nothing shared) to 1 (the same key): the best of the word
 * overlap (Jaccard), the trigram overlap, and containment (every word of the shorter name in the
 * longer, when it has at least two words: "Hamilton Police Service" inside "Hamilton Police Service —
 * Community Mobilization Division", but not "Hamilton" inside every Hamilton agency).
 */
export function nameSimilarity(a: string, b: string): number {
  const [keyA, keyB] = [nameKey(a), nameKey(b)];
  if (keyA === "" || keyB === "") return 0;
  if (keyA === keyB) return 1;
  const [wordsA, wordsB] = [new Set(nameTokens(a)), new Set(nameTokens(b))];
  const words = jaccard(wordsA, wordsB);
  const grams = jaccard(trigrams(a), trigrams(b));
  const shorter = Math.min(wordsA.size, wordsB.size);
  const contained = shorter >= 2 && overlap(wordsA, wordsB) === shorter ? 0.9 : 0;
  return Math.max(words, grams, contained);
}

export type NameCandidate<T> = { name: string; item: T };
export type SimilarName<T> = { item: T; name: string; score: number };

/** The candidates close to a name (other than those of the very same key), closest first, at most `limit`. */
export function closestNames<T>(name: string, candidates: Iterable<NameCandidate<T>>, limit = 5): SimilarName<T>[] {
  const key = nameKey(name);
  const found: SimilarName<T>[] = [];
  for (const candidate of candidates) {
    if (nameKey(candidate.name) === key) continue;
    const score = nameSimilarity(name, candidate.name);
    if (score >= SIMILAR_FROM) found.push({ item: candidate.item, name: candidate.name, score: Math.round(score * 100) / 100 });
  }
  return found.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name)).slice(0, limit);
}

/**
 * Many names to compare against a registry held in memory (an import's): candidates are those that
 * share a word or, for a typing slip, a trigram of a word, so that each look-up scores a few names
 * rather than the whole registry.
 */
export class SimilarityIndex<T> {
  private readonly entries: NameCandidate<T>[] = [];
  private readonly byToken = new Map<string, number[]>();

  add(name: string, item: T): void {
    const position = this.entries.push({ name, item }) - 1;
    for (const token of nameTokens(name)) {
      const list = this.byToken.get(token);
      if (list) list.push(position);
      else this.byToken.set(token, [position]);
    }
  }

  /** The names close to `name`, closest first. */
  closest(name: string, limit = 5): SimilarName<T>[] {
    const tokens = nameTokens(name);
    const shared = new Map<number, number>();
    for (const token of tokens) for (const position of this.byToken.get(token) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1);
    // Most shared words first; a few hundred candidates are enough to find the closest.
    const ranked = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, 300);
    const candidates = ranked.map(([position]) => this.entries[position]).filter((entry): entry is NameCandidate<T> => entry !== undefined);
    return closestNames(name, candidates, limit);
  }
}
