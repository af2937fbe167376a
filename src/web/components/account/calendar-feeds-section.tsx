/** The user's calendar feeds: one across all their partnerships, and any per partnership; made and revoked here. */
export function CalendarFeedsSection() {
  return null;
}
