// What text may hold, wherever it comes from (a form, the API, a spreadsheet cell, the command line).
// Control characters can hide in a name, end a C string early or drive a terminal; the bidirectional
// formatting characters reorder what a reader sees (U+202E shows "PMC" for "\u202eCMP"), so that two
// names which look alike differ; a cell that starts like a formula runs in the spreadsheet that opens
// an export; a lone surrogate is not text at all and turns into U+FFFD on its way to the database.

/** Whether a character code is a C0 or C1 control, or DEL. */
function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f);
}

/**
 * True when the text holds a control character: any C0 or C1 control or DEL, except tab, line feed and
 * carriage return where `multiline` allows them.
 * @example hasControlCharacter("a\u0000b") === true; hasControlCharacter("a\nb", { multiline: true }) === false
 */
export function hasControlCharacter(value: string, { multiline = false } = {}): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (!isControl(code)) continue;
    if (multiline && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    return true;
  }
  return false;
}

/** The embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder the text around them. */
const BIDI_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/;
/** The same with the invisible marks (U+200E, U+200F, U+061C), which make two equal-looking names differ. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/**
 * True when the text holds a bidirectional formatting character. Free text may keep the marks (mixed
 * English and Arabic prose needs them); a name may not (`marks: true`).
 * @example hasBidiControl("\u202eCMP") === true; hasBidiControl("a\u200fb") === false; hasBidiControl("a\u200fb", { marks: true }) === true
 */
export function hasBidiControl(value: string, { marks = false } = {}): boolean {
  return (marks ? BIDI_CONTROLS : BIDI_OVERRIDES).test(value);
}

/**
 * True when the text holds a surrogate that is not half of a pair: not Unicode text, and stored as U+FFFD.
 * @example hasLoneSurrogate("\ud800") === true; hasLoneSurrogate("😀") === false
 */
export function hasLoneSurrogate(value: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
}

/**
 * True when a spreadsheet would read the text as a formula: it starts with =, +, - or @ (after any
 * spaces, which spreadsheets skip). Names and codes may not; free text (notes, where "- item" lists are
 * common) may.
 * @example looksLikeFormula("=cmd|' /C calc'!A0") === true; looksLikeFormula("Ville de Lévis") === false
 */
export function looksLikeFormula(value: string): boolean {
  return /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(value);
}
