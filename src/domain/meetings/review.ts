// Which commitments a meeting's accountability review lists, and what the report-outs add up to.
// Commitment dates are calendar days (YYYY-MM-DD); a meeting's day is the UTC date of its start.

export const REVIEW_REPORTS = ["delivered", "on_track", "slipping"] as const;
export type ReviewReport = (typeof REVIEW_REPORTS)[number];

export type ReviewedCommitment = {
  readonly pledgedOn: string;
  readonly deliveredOn: string | null;
  readonly withdrawnOn: string | null;
};

/** Why a commitment is up for review: still open on the meeting's day, or delivered since the previous meeting. */
export type ReviewReason = "open" | "delivered";

/** The UTC calendar day of an instant. @example meetingDay("2026-03-04T23:30:00-05:00") → "2026-03-05" */
export function meetingDay(startsAt: string): string {
  return new Date(startsAt).toISOString().slice(0, 10);
}

/**
 * Why the commitment is up for review at a meeting held on `day`, whose previous meeting (not cancelled)
 * was held on `previousDay` (null for the first), or null when it is not. Open: pledged on or before the
 * day, and neither delivered nor withdrawn by then. Delivered: delivered after the previous meeting's
 * day and on or before this one's (every delivery so comes up at exactly one meeting; at the first
 * meeting, every delivery so far). Withdrawn commitments are not reviewed.
 * @example reviewReason({ pledgedOn: "2026-01-05", deliveredOn: "2026-02-01", withdrawnOn: null }, "2026-02-10", "2026-01-10") → "delivered"
 */
export function reviewReason(commitment: ReviewedCommitment, day: string, previousDay: string | null): ReviewReason | null {
  if (commitment.pledgedOn > day) return null;
  if (commitment.withdrawnOn !== null && commitment.withdrawnOn <= day) return null;
  if (commitment.deliveredOn === null || commitment.deliveredOn > day) return "open";
  return previousDay === null || commitment.deliveredOn > previousDay ? "delivered" : null;
}

export type ReviewSummary = { delivered: number; onTrack: number; slipping: number; unreported: number };

/** How many report-outs of each kind a review has, and how many of its commitments have none yet. */
export function summarizeReview(reports: readonly (ReviewReport | null)[]): ReviewSummary {
  const summary: ReviewSummary = { delivered: 0, onTrack: 0, slipping: 0, unreported: 0 };
  for (const report of reports) {
    if (report === "delivered") summary.delivered += 1;
    else if (report === "on_track") summary.onTrack += 1;
    else if (report === "slipping") summary.slipping += 1;
    else summary.unreported += 1;
  }
  return summary;
}

/** Whether a meeting ends after it starts (a meeting of no length is refused too). */
export function endsAfterStart(startsAt: string, endsAt: string): boolean {
  return new Date(endsAt).getTime() > new Date(startsAt).getTime();
}

/** Whether a change to a meeting is one a calendar must pick up (its iCalendar SEQUENCE rises). */
export function changesSequence(
  before: { title: string; startsAt: string; endsAt: string; location: string; agenda: string | null; status: string },
  after: { title: string; startsAt: string; endsAt: string; location: string; agenda: string | null; status: string },
): boolean {
  return (
    before.title !== after.title ||
    before.startsAt !== after.startsAt ||
    before.endsAt !== after.endsAt ||
    before.location !== after.location ||
    before.agenda !== after.agenda ||
    before.status !== after.status
  );
}
