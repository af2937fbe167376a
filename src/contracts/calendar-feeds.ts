import { z } from "zod";
import { idSchema, pageOf, paginationQuerySchema } from "./common.js";

/** A feed as listed: never its secret address, which is shown once, when it is made. */
export const calendarFeedSchema = z.object({
  id: idSchema,
  /** Null for the feed of all the user's partnerships. */
  partnership: z.object({ id: idSchema, name: z.string() }).nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  abilities: z.object({ delete: z.boolean() }),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/** A feed just made, with the address a calendar program subscribes to. */
export const createdCalendarFeedSchema = calendarFeedSchema.extend({ url: z.url() });
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeedSchema>;

export const calendarFeedListQuerySchema = paginationQuerySchema;
export const calendarFeedPageSchema = pageOf(calendarFeedSchema);

export const calendarTokenParamsSchema = z.object({ token: z.string().max(100) });
