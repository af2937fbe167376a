// Vocabulary keys read back from the database. Matching against the vocabulary (rather than casting)
// keeps a key that a later release removed from reaching the API, where the response schema would reject it.

/** The vocabulary key equal to a stored value, if it is still one. */
export function storedKey<T extends string>(vocabulary: readonly T[], value: string | null): T | undefined {
  return vocabulary.find((key) => key === value);
}

/** The vocabulary keys in a stored JSON text array, in vocabulary order. */
export function storedKeys<T extends string>(vocabulary: readonly T[], json: string): T[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return vocabulary.filter((key) => parsed.includes(key));
}
