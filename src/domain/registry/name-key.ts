// Letters that Unicode does not decompose but that people write either way: "Œuvre" and "Oeuvre",
// "Straße" and "Strasse". Applied after lower-casing, so only the lower-case forms are listed.
const LETTERS: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", đ: "d", ð: "d", ł: "l", ı: "i", þ: "th" };
const LETTER = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "gu");

/** Apostrophes and single quotes as word processors write them: curly, modifier letter, prime, backtick, acute. */
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u02B9\u2032\u0060\u00B4\uFF07]/gu;
/** Double quotes, guillemets included: « Centre » and "Centre" name the same thing. */
const QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02\u2039\u203A]/gu;
/** Hyphens and dashes of every length, and the minus sign. */
const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u2E3A\u2E3B]/gu;
/** Characters that are invisible in a name pasted from a document: soft hyphen, zero-width marks, byte-order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

function stripMarks(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}

/**
 * The key two names are compared by: trimmed, inner spaces folded (non-breaking ones too), case and
 * accents ignored, ligatures spelt out ("œ" as "oe", "ß" as "ss"), and the punctuation that word
 * processors substitute (curly apostrophes and quotes, guillemets, Unicode dashes) read as the plain
 * character it stands for.
 * @example nameKey("  Service de police  de Montréal ") === "service de police de montreal"
 * @example nameKey("Centre d’action — Œuvre") === nameKey("Centre d'action - Oeuvre")
 */
export function nameKey(name: string): string {
  // Lower-cased between two decompositions: a compatibility character may decompose into a capital ("ℌ"),
  // and a capital may lower-case into a letter with a mark ("İ").
  return stripMarks(stripMarks(name).toLocaleLowerCase("en"))
    .replace(LETTER, (letter) => LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, "-")
    .replace(INVISIBLE, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Escapes LIKE wildcards so that user text is matched literally (used with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${escapeLike(nameKey(text))}%`;
}

/** A name key with LIKE's wildcards escaped (for ESCAPE '\'). */
export function escapeLike(key: string): string {
  return key.replace(/[\\%_]/g, (char) => `\\${char}`);
}
