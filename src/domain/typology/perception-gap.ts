// The study found that a project's lead and its partners often describe the same partnership
// differently. A perception gap puts the two readings of one membership side by side.
import { INDICATOR_KEYS, isYes, type IndicatorAnswers, type IndicatorKey } from "./indicators.js";

/** A stored type with its rank in the rubric that produced it (see typeOrdinal). */
export type RankedType = { type: string; ordinal: number };

export type PerceptionGap = {
  lead: string;
  partner: string;
  /** Lead's rank minus partner's: positive when the lead sees a closer partnership than the partner does. */
  difference: number;
  /** Indicators one side counts as yes and the other does not (not answered counts as no, as in classification). */
  disagreements: IndicatorKey[];
};

/**
 * Compares the lead's and the partner's readings of one membership, e.g.
 * perceptionGap({ type: "collaboration", ordinal: 4 }, { type: "cooperation", ordinal: 2 }, { fiscal_management: true }, {}).difference === 2.
 */
export function perceptionGap(
  leadResult: RankedType,
  partnerResult: RankedType,
  leadIndicators: IndicatorAnswers,
  partnerIndicators: IndicatorAnswers,
): PerceptionGap {
  const disagreements = INDICATOR_KEYS.filter((key) => isYes(leadIndicators, key) !== isYes(partnerIndicators, key));
  return {
    lead: leadResult.type,
    partner: partnerResult.type,
    difference: leadResult.ordinal - partnerResult.ordinal,
    disagreements,
  };
}

/**
 * The order gaps are listed in: the widest first (by how many levels apart, whichever side is higher),
 * then the one with more indicators in disagreement. Ties keep their order (a stable sort).
 *
 * @example [small, wide].sort(byGapSize)[0] === wide
 */
type Sized = { difference: number; disagreements: readonly unknown[] };

export function byGapSize(a: Sized, b: Sized): number {
  return Math.abs(b.difference) - Math.abs(a.difference) || b.disagreements.length - a.disagreements.length;
}
