import type { CalendarFeed } from "../../../contracts/calendar-feeds.js";
import type { FeedRow } from "./repository.js";

export function presentFeed(row: FeedRow): CalendarFeed {
  return {
    id: row.id,
    partnership:
      row.partnership_id !== null && row.partnership_name !== null ? { id: row.partnership_id, name: row.partnership_name } : null,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    // Only its owner lists a feed, and may always revoke it.
    abilities: { delete: true },
  };
}
