// A seeded pseudo-random generator, so that one seed always gives the same portfolio on any machine
// and either database. sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state,
// fast in plain 32-bit integer arithmetic, and good enough for synthetic data.

export type Random = {
  /** A number in [0, 1). */
  next: () => number;
  /** A whole number in [0, n). */
  below: (n: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** An index drawn in proportion to the weights. */
  weighted: (weights: readonly number[]) => number;
  /** A whole number in [0, 2^32). */
  word: () => number;
};

/** A generator for a seed and a stream name; streams of one seed are independent of each other. */
export function seededRandom(seed: number, stream = ""): Random {
  // Mixing the stream name into the state lets each part of the generator draw its own numbers, so
  // that a change in how many organizations are drawn does not reshuffle every answer after it.
  let hash = 0x811c9dc5 ^ seed;
  for (const char of stream) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  let a = seed >>> 0;
  let b = hash >>> 0;
  let c = 0x9e3779b9;
  let d = 1;
  const next32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i += 1) next32();

  const next = () => next32() / 4294967296;
  const below = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[below(items.length)];
    if (item === undefined) throw new Error("Cannot pick from an empty list");
    return item;
  };
  const weighted = (weights: readonly number[]): number => {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let target = next() * total;
    for (let index = 0; index < weights.length; index += 1) {
      target -= weights[index] ?? 0;
      if (target < 0) return index;
    }
    return weights.length - 1;
  };
  return { next, below, chance: (p) => next() < p, pick, weighted, word: next32 };
}

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, "0");
}

/**
 * Version 7 UUIDs whose time part counts up from `startMs` and whose random part comes from the
 * seeded generator: the same ids for the same seed and day, still time-ordered like every other id.
 */
export function idMaker(random: Random, startMs: number): () => string {
  let ms = startMs;
  return () => {
    ms += 1;
    const time = hex(ms, 12);
    const [a, b, c] = [random.word(), random.word(), random.word()];
    // 48 bits of time, the version (7), 12 random bits, the variant (binary 10), 62 random bits.
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(a >>> 20, 3)}-${hex(0x8000 | (a & 0x3fff), 4)}-${hex(b, 8)}${hex(c >>> 16, 4)}`;
  };
}
