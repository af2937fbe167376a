/**
 * The key two names are compared by: trimmed, inner spaces folded, case and accents ignored.
 * @example nameKey("  Service de police  de Montréal ") === "service de police de montreal"
 */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

/** Escapes LIKE wildcards so that user text is matched literally (used with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${nameKey(text).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
