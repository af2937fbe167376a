// Plain-language phrases built from a condition tree and the indicators' noun phrases, in English
// and French. Generated rather than written per rubric, so a rubric added later explains itself too.
import { INDICATORS, type IndicatorAnswers, type IndicatorKey } from "./indicators.js";
import { holds, partsOf } from "./conditions.js";
import type { Condition } from "./rubric.js";

export type Language = "en" | "fr";
export const LANGUAGES: readonly Language[] = ["en", "fr"];

const CONJUNCTIONS = { en: { and: "and", or: "or" }, fr: { and: "et", or: "ou" } } as const;

// In French the article or preposition after a shared head noun is repeated before each item
// ("responsabilité de la mise en œuvre ou de la gestion"), so it is left out of the shared part.
const FRENCH_LINK_WORDS = new Set(["de", "du", "des", "la", "le", "les", "à", "au", "aux", "sur", "en"]);

/** Joins phrases without a serial comma, as both languages usually do, e.g. listOf(["a", "b", "c"], "or", "fr") === "a, b ou c". */
export function listOf(items: string[], conjunction: "and" | "or", language: Language): string {
  const word = CONJUNCTIONS[language][conjunction];
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1) ?? ""}`;
}

/**
 * Says a shared opening once, e.g. factorSharedOpening(["responsibility for reporting results",
 * "responsibility for fiscal management"], "en") → ["responsibility for reporting results", "fiscal management"].
 */
export function factorSharedOpening(phrases: string[], language: Language): string[] {
  const [first, ...rest] = phrases.map((phrase) => phrase.split(" "));
  if (!first || rest.length === 0) return phrases;
  let shared = 0;
  const everyShares = (index: number) => [first, ...rest].every((words) => index < words.length - 1 && words[index] === first[index]);
  while (everyShares(shared)) shared += 1;
  if (language === "fr") while (shared > 0 && FRENCH_LINK_WORDS.has(first[shared - 1] ?? "")) shared -= 1;
  if (shared === 0) return phrases;
  return [first.join(" "), ...rest.map((words) => words.slice(shared).join(" "))];
}

/** An indicator as a noun phrase, e.g. indicatorPhrase("support_letter", "fr") === "lettre d'appui". */
export function indicatorPhrase(key: IndicatorKey, language: Language): string {
  return INDICATORS[key].phrase[language];
}

/** A list of indicators as one phrase, e.g. "shared decision-making and responsibility for implementation". */
export function indicatorList(keys: IndicatorKey[], conjunction: "and" | "or", language: Language): string {
  return listOf(
    factorSharedOpening(
      keys.map((key) => indicatorPhrase(key, language)),
      language,
    ),
    conjunction,
    language,
  );
}

/** Negates a noun phrase, eliding in French before a vowel, e.g. negated("élaboration de protocoles", "fr") === "pas d'élaboration de protocoles". */
export function negated(phrase: string, language: Language): string {
  if (language === "en") return `no ${phrase}`;
  return /^[aeiouyhàâäéèêëîïôöûüœ]/i.test(phrase) ? `pas d'${phrase}` : `pas de ${phrase}`;
}

/** What a condition asks for, e.g. "seat on the proposal committee or (copy of the proposal and letter of support)". */
export function describe(condition: Condition, language: Language, nested = false): string {
  if (condition === "always") return language === "en" ? "anything" : "n'importe quoi";
  if (typeof condition === "string") return indicatorPhrase(condition, language);
  const parts = partsOf(condition);
  const phrases = parts.every((part) => typeof part === "string")
    ? factorSharedOpening(
        parts.map((part) => describe(part, language, true)),
        language,
      )
    : parts.map((part) => describe(part, language, true));
  const text =
    "all" in condition
      ? listOf(phrases, "and", language)
      : "any" in condition
        ? listOf(phrases, "or", language)
        : `${language === "en" ? `at least ${condition.atLeast} of:` : `au moins ${condition.atLeast} parmi\u00a0:`} ${phrases.join(", ")}`;
  return nested && parts.length > 1 ? `(${text})` : text;
}

/** Why a failing condition fails, e.g. "no responsibility for reporting results or fiscal management". */
export function describeShortfall(condition: Condition, answers: IndicatorAnswers, language: Language): string {
  if (typeof condition === "string" || "any" in condition) return negated(describe(condition, language), language);
  if ("all" in condition) {
    return condition.all
      .filter((part) => !holds(part, answers))
      .map((part) => describeShortfall(part, answers, language))
      .join(language === "en" ? "; " : "\u202f; ");
  }
  const met = condition.of.filter((part) => holds(part, answers)).length;
  const options = condition.of.map((part) => describe(part, language, true)).join(", ");
  return language === "en"
    ? `only ${met} of the ${condition.atLeast} needed among: ${options}`
    : `seulement ${met} sur les ${condition.atLeast} requis parmi\u00a0: ${options}`;
}

/** A level's label inside a sentence: lower-cased unless it opens with an acronym, e.g. inSentence("Collaboration") === "collaboration". */
export function inSentence(label: string): string {
  const firstWord = label.split(/[\s/-]/)[0] ?? "";
  return firstWord.length > 1 && firstWord === firstWord.toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
