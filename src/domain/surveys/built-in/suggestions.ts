// The built-in library of suggested action steps, keyed to an instrument's score, written from the
// seeds' advice. Administrators reword or hide them (a row in action_suggestions) and add their own.
import type { Localized } from "../instrument.js";

export type BuiltInSuggestion = { key: string; instrument: string; score: string; text: Localized };

export const BUILT_IN_SUGGESTIONS: readonly BuiltInSuggestion[] = [];
