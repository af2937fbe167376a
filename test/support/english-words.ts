// Tells English in a text meant to be French: words of English that French messages never use. Names
// and codes are left out first (quoted values, identifiers such as pageSize or youth_organizations,
// field paths such as slots.1.key, placeholders), so that a French message naming them does not count.

const ENGLISH_WORDS = new Set([
  "and",
  "at",
  "be",
  "by",
  "cannot",
  "characters",
  "contain",
  "could",
  "does",
  "expected",
  "for",
  "from",
  "has",
  "have",
  "in",
  "input",
  "invalid",
  "is",
  "it",
  "item",
  "items",
  "least",
  "list",
  "listed",
  "may",
  "most",
  "must",
  "not",
  "number",
  "object",
  "of",
  "one",
  "only",
  "or",
  "received",
  "required",
  "should",
  "string",
  "text",
  "than",
  "that",
  "the",
  "this",
  "to",
  "used",
  "valid",
  "value",
  "values",
  "was",
  "which",
  "with",
  "write",
  "you",
  "your",
]);

const QUOTED = /«[^»]*»|"[^"]*"|“[^”]*”|‘[^’]*’|`[^`]*`|\{\{?[\w.]+\}?\}|https?:\/\/\S+/g;
const EDGE_PUNCTUATION = /^[\s.,;:!?()[\]…]+|[\s.,;:!?()[\]…]+$/g;

function isCode(token: string): boolean {
  return /[._/\\\d@=+<>|-]/.test(token) || /[a-z][A-Z]/.test(token);
}

/**
 * The English words of a text meant to be French, leaving out the `names` it quotes as they are (the
 * fields of an API's problems and the values they name, such as the codes a field may take), e.g. englishWordsIn("pageSize must be at most 100") → ["must", "be", "at", "most"].
 */
export function englishWordsIn(text: string, names: readonly string[] = []): string[] {
  const named = new Set(names);
  return text
    .replace(QUOTED, " ")
    .split(/\s+/)
    .map((token) => token.replace(EDGE_PUNCTUATION, ""))
    .filter((token) => token !== "" && !named.has(token) && !isCode(token))
    .flatMap((token) => token.split(/[’']/))
    .filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
}
