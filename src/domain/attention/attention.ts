// What a partnership's manager should look at next: required seats nobody fills, members whose two
// views of the partnership are far apart, members whose own view is missing, funding about to end.
import type { Localized } from "../coverage/phrasing.js";

/** Views this many levels apart or more are a wide gap, worth a conversation. */
export const WIDE_GAP_LEVELS = 2;
/** Funding that ends within this many days, or has ended without a successor, is flagged. */
export const FUNDING_NOTICE_DAYS = 90;

export const ATTENTION_KINDS = ["empty_required_seats", "wide_gaps", "missing_partner_views", "funding_ending"] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export type PartnershipFacts = {
  id: string;
  name: string;
  /** Required seats of the composition that no current member fills, in the composition's order. */
  emptyRequiredSeats: { key: string; label: Localized }[];
  /** Members whose lead and partner views in a round are WIDE_GAP_LEVELS or more apart. */
  wideGaps: number;
  /** Members with the lead's view recorded in a round but not their own. */
  missingPartnerViews: number;
  fundingEndDate: string | null;
};

export type AttentionItem = {
  kind: AttentionKind;
  partnership: { id: string; name: string };
  count: number;
  seats: { key: string; label: Localized }[];
  fundingEndDate: string | null;
};

/** The day `days` after a YYYY-MM-DD date, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Whether funding ends between today and FUNDING_NOTICE_DAYS from now, e.g. isFundingEnding("2026-03-01", "2026-01-15") === true. */
export function isFundingEnding(fundingEndDate: string | null, today: string): boolean {
  return fundingEndDate !== null && fundingEndDate >= today && fundingEndDate <= addDays(today, FUNDING_NOTICE_DAYS);
}

/**
 * The items a set of partnerships needs, most pressing kind first (empty required seats, wide gaps,
 * missing partner views, funding ending), partnerships by name within a kind, funding by date.
 */
export function attentionItems(partnerships: readonly PartnershipFacts[], today: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const facts of partnerships) {
    const partnership = { id: facts.id, name: facts.name };
    const item = (kind: AttentionKind, count: number, extra: Partial<AttentionItem> = {}) =>
      items.push({ kind, partnership, count, seats: [], fundingEndDate: null, ...extra });
    if (facts.emptyRequiredSeats.length > 0)
      item("empty_required_seats", facts.emptyRequiredSeats.length, { seats: facts.emptyRequiredSeats });
    if (facts.wideGaps > 0) item("wide_gaps", facts.wideGaps);
    if (facts.missingPartnerViews > 0) item("missing_partner_views", facts.missingPartnerViews);
    if (isFundingEnding(facts.fundingEndDate, today)) item("funding_ending", 1, { fundingEndDate: facts.fundingEndDate });
  }
  const rank = (kind: AttentionKind) => ATTENTION_KINDS.indexOf(kind);
  return items.sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      (a.fundingEndDate ?? "").localeCompare(b.fundingEndDate ?? "") ||
      a.partnership.name.localeCompare(b.partnership.name, "en") ||
      a.partnership.id.localeCompare(b.partnership.id),
  );
}
