// What the generated answers are drawn from, taken from the 2002 partnership study: the types each
// perspective gave per funding program (Tables 3 and 4) and how often each kind of involvement was
// reported (Table 1). The study's samples are small, so every cell gets a little weight of its own
// and no type is impossible in any program.
import type { ContinuumType } from "../../../domain/reports/typology-report.js";
import type { ProjectIndicatorKey } from "../../../domain/typology/indicators.js";

export type Perspective = "lead" | "partner";

/** Lowest first, the order of the continuum. */
export const LEVELS: readonly ContinuumType[] = ["none", "consultation", "cooperation", "coordination", "collaboration"];

type LevelWeights = readonly [none: number, consultation: number, cooperation: number, coordination: number, collaboration: number];

const SMOOTHING = 0.5;

// Counts as published, consultation to collaboration; "none" is added: about one named partner in
// eleven did not see itself as a partner, while project managers rarely said so of a partner they named.
const TABLE_3: Record<string, LevelWeights> = {
  BAP: [0, 0, 1, 3, 2],
  CMP: [0, 1, 1, 6, 26],
  CPPP: [0, 0, 1, 1, 6],
  CPIF: [0, 0, 2, 0, 4],
};
const TABLE_4: Record<string, LevelWeights> = {
  BAP: [0, 1, 1, 2, 2],
  CMP: [0, 2, 9, 20, 12],
  CPPP: [0, 0, 1, 3, 3],
  CPIF: [0, 0, 1, 3, 3],
};
const NONE_SHARE: Record<Perspective, number> = { lead: 0.01, partner: 0.09 };

/** Weights of each level, lowest first, for a program's final round from one perspective. */
export function levelWeights(program: string, perspective: Perspective): number[] {
  const table = perspective === "lead" ? TABLE_3 : TABLE_4;
  const counts = table[program] ?? table.CMP ?? [0, 0, 0, 0, 0];
  const smoothed = counts.slice(1).map((count) => count + SMOOTHING);
  const total = smoothed.reduce((sum, weight) => sum + weight, 0);
  const none = (total * NONE_SHARE[perspective]) / (1 - NONE_SHARE[perspective]);
  return [none, ...smoothed];
}

/**
 * How far the baseline round sits below the final one: partnerships deepen over a project, so about
 * a third of members are one level lower at baseline and a few one level higher.
 */
export const BASELINE_SHIFT = { down: 0.35, up: 0.05 };

/** Lead and partner agree on the member's standing this often; otherwise each answers independently. */
export const PERSPECTIVE_AGREEMENT = 0.45;

/** Table 1: the share of yes to each question, from project managers (lead) and from partners. */
export const YES_RATES: Record<Perspective, Record<ProjectIndicatorKey, number>> = {
  lead: {
    proposal_copy: 0.736,
    support_letter: 0.827,
    proposal_committee: 0.566,
    planned_implementation: 0.66,
    responsible_implementation: 0.773,
    financial_resources: 0.528,
    human_resources: 0.849,
    inkind_resources: 0.811,
    coordinated_activities: 0.731,
    developed_protocols: 0.635,
    shared_decision_making: 0.692,
    fiscal_management: 0.308,
    reporting_results: 0.358,
  },
  partner: {
    proposal_copy: 0.561,
    support_letter: 0.619,
    proposal_committee: 0.492,
    planned_implementation: 0.667,
    responsible_implementation: 0.576,
    financial_resources: 0.273,
    human_resources: 0.879,
    inkind_resources: 0.682,
    coordinated_activities: 0.697,
    developed_protocols: 0.47,
    shared_decision_making: 0.5,
    fiscal_management: 0.185,
    reporting_results: 0.477,
  },
};

/** A question left unanswered this often (only where the answer would have been no, so the type holds). */
export const UNANSWERED_RATE = 0.04;

/** The study's sample: 42 CMP, 11 CPPP, 4 BAP and 3 CPIF projects. */
export const PROGRAM_WEIGHTS: Record<string, number> = { CMP: 42, CPPP: 11, BAP: 4, CPIF: 3 };
