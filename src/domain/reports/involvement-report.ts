// The study's Table 1: for each indicator, the share of yes from the lead's perspective and from the
// partner's, side by side, and the gap between them.
import { byProjectIndicator, PROJECT_INDICATOR_KEYS, type ProjectIndicatorKey } from "../typology/indicators.js";
import { percentTenths, pointsBetween } from "./percent.js";

/** Yes answers and answered questions (yes or no) for one indicator from one perspective. */
export type AnswerTally = { yes: number; answered: number };

/** What one perspective's records of a round add up to. */
export type PerspectiveTally = { records: number; indicators: Record<ProjectIndicatorKey, AnswerTally> };

/** A share: the counts it comes from and the percentage, null when no one answered. */
export type Share = AnswerTally & { percent: number | null };

export type IndicatorRow = {
  indicator: ProjectIndicatorKey;
  lead: Share;
  partner: Share;
  /** Lead minus partner, in percentage points; null when either side has no answers. */
  gap: number | null;
};

/** How the shares are counted, stated with every report so that a reader of the export knows it too. */
export const INVOLVEMENT_SHARE_RULE =
  "Each share is the number of yes answers over the number of records of that perspective and round in which the question was answered (yes or no); " +
  "records where it was not answered are left out of that indicator's denominator. The gap is the lead's share minus the partner's, in percentage points.";

function share(tally: AnswerTally): { share: Share; tenths: number | null } {
  if (tally.answered === 0) return { share: { ...tally, percent: null }, tenths: null };
  const tenths = percentTenths(tally.yes, tally.answered);
  return { share: { ...tally, percent: tenths / 10 }, tenths };
}

/** An empty tally, for a perspective with no records in the round, e.g. emptyTally().records === 0. */
export function emptyTally(): PerspectiveTally {
  return { records: 0, indicators: byProjectIndicator(() => ({ yes: 0, answered: 0 })) };
}

/**
 * One row per indicator, in the order of the study's Table 1, e.g. with the lead at 39 yes of 53 and
 * the partner at 37 of 66 for proposal_copy, the row reads 73.6 / 56.1 and a gap of 17.5.
 */
export function involvementRows(lead: PerspectiveTally, partner: PerspectiveTally): IndicatorRow[] {
  return PROJECT_INDICATOR_KEYS.map((indicator) => {
    const fromLead = share(lead.indicators[indicator]);
    const fromPartner = share(partner.indicators[indicator]);
    const gap = fromLead.tenths === null || fromPartner.tenths === null ? null : pointsBetween(fromLead.tenths, fromPartner.tenths);
    return { indicator, lead: fromLead.share, partner: fromPartner.share, gap };
  });
}
