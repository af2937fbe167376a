// A rubric level's condition as one sentence in the reader's language. The wording of the parts comes
// from the domain's phrasing (the same noun phrases the classification reasons use), so a rubric added
// later reads as well as the built-in ones.
import type { Language } from "../../../domain/vocabulary.js";
import { describe } from "../../../domain/typology/phrasing.js";
import type { Condition } from "../../../domain/typology/rubric.js";

import { en, fr } from "../../i18n/messages.js";

const OPENINGS: Record<Language, { allOf: string; anyOf: string }> = { en: en.program.rubric, fr: fr.program.rubric };

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a level asks for, or null for the fallback level ("always"), which the page words itself,
 * e.g. conditionSentence({ any: ["proposal_copy", "support_letter"] }, "en") === "Any of: copy of the proposal or letter of support."
 */
export function conditionSentence(condition: Condition, language: Language): string | null {
  if (condition === "always") return null;
  const opening = OPENINGS[language];
  if (typeof condition === "string") return `${capitalized(describe(condition, language))}.`;
  if ("atLeast" in condition) return `${capitalized(describe(condition, language))}.`;
  const parts = "all" in condition ? condition.all : condition.any;
  if (parts.length === 1 && parts[0] !== undefined) return conditionSentence(parts[0], language);
  return `${"all" in condition ? opening.allOf : opening.anyOf} ${describe(condition, language)}.`;
}
