// The library of suggested action steps as readers see it: the built-in suggestions, each reworded or
// hidden by its stored row where an administrator changed it, then the suggestions administrators
// added. Pure, so that the merge is tested with any list of built-ins and rows.
import type { Localized } from "./instrument.js";

export type BuiltInSuggestionInput = { key: string; instrument: string; score: string; text: Localized };

/** A stored row: with `builtInKey`, the change made to that built-in suggestion; without, an added one. */
export type SuggestionRowInput = {
  id: string;
  builtInKey: string | null;
  instrument: string;
  score: string;
  text: Localized;
  hidden: boolean;
  position: number;
  version: number;
};

export type LibrarySuggestion = {
  key: string;
  instrument: string;
  score: string;
  text: Localized;
  builtIn: boolean;
  edited: boolean;
  hidden: boolean;
  position: number;
  version: number;
};

export type LibraryFilter = { instrument?: string | undefined; score?: string | undefined; hidden?: boolean };

/**
 * The merged library, ordered by instrument, score, then position (a built-in's position is its place
 * among its score's built-ins, counted from 1). Hidden suggestions are left out unless `hidden` is asked.
 * @example librarySuggestions([{ key: "a", instrument: "health-check", score: "vision", text }], [], { score: "vision" }) // → [{ key: "a", builtIn: true, version: 0, … }]
 */
export function librarySuggestions(
  builtIns: readonly BuiltInSuggestionInput[],
  rows: readonly SuggestionRowInput[],
  filter: LibraryFilter = {},
): LibrarySuggestion[] {
  const changes = new Map(rows.filter((row) => row.builtInKey !== null).map((row) => [row.builtInKey, row]));
  const places = new Map<string, number>();
  const merged: LibrarySuggestion[] = builtIns.map((builtIn) => {
    const group = `${builtIn.instrument}\u0000${builtIn.score}`;
    const place = (places.get(group) ?? 0) + 1;
    places.set(group, place);
    const row = changes.get(builtIn.key);
    return {
      key: builtIn.key,
      instrument: builtIn.instrument,
      score: builtIn.score,
      text: row ? row.text : builtIn.text,
      builtIn: true,
      edited: row !== undefined && (row.text.en !== builtIn.text.en || row.text.fr !== builtIn.text.fr),
      hidden: row?.hidden ?? false,
      position: row ? row.position : place,
      version: row ? row.version : 0,
    };
  });
  for (const row of rows) {
    if (row.builtInKey !== null) continue;
    const { id, instrument, score, text, hidden, position, version } = row;
    merged.push({ key: id, instrument, score, text, builtIn: false, edited: false, hidden, position, version });
  }
  return merged
    .filter((suggestion) => filter.instrument === undefined || suggestion.instrument === filter.instrument)
    .filter((suggestion) => filter.score === undefined || suggestion.score === filter.score)
    .filter((suggestion) => filter.hidden === true || !suggestion.hidden)
    .sort(
      (a, b) =>
        a.instrument.localeCompare(b.instrument) ||
        a.score.localeCompare(b.score) ||
        a.position - b.position ||
        Number(b.builtIn) - Number(a.builtIn) ||
        a.key.localeCompare(b.key),
    );
}

/** The position after the last of a score's suggestions, for one added without a position. */
export function nextSuggestionPosition(library: readonly LibrarySuggestion[], instrument: string, score: string): number {
  const positions = library.filter((s) => s.instrument === instrument && s.score === score).map((s) => s.position);
  return positions.length === 0 ? 1 : Math.max(...positions) + 1;
}
