// A rubric is data: a versioned document that turns indicator answers into a partnership type.
// Levels are read highest first and the first whose condition holds is the type, so the last level
// must hold always. Conditions have no negation on purpose: without it, answering yes to one more
// indicator can never lower the type, whoever writes the rubric.
import type { IndicatorKey, Localized } from "./indicators.js";

/**
 * An indicator key (holds when answered yes), "always", or a combination:
 * { all: [...] } every part holds, { any: [...] } at least one does, { atLeast: n, of: [...] } n of them do.
 */
export type Condition = IndicatorKey | "always" | { all: Condition[] } | { any: Condition[] } | { atLeast: number; of: Condition[] };

export type RubricLevel = {
  /** Stable key stored with every result, e.g. "collaboration". */
  key: string;
  label: Localized;
  condition: Condition;
  /** Why this level means what it does, in plain language. */
  rationale: Localized;
};

export type Rubric = {
  id: string;
  version: number;
  title: Localized;
  /** Every indicator the rubric reads; an answer missing for one of them makes a result incomplete. */
  indicators: IndicatorKey[];
  /** Highest first; the last one has the condition "always". */
  levels: RubricLevel[];
};

export type RubricRef = { id: string; version: number };

export const RUBRIC_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LEVEL_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
