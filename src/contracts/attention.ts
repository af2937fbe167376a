import { z } from "zod";
import { ATTENTION_KINDS } from "../domain/attention/attention.js";
import { idSchema, pageOf, paginationQuerySchema } from "./common.js";

export const attentionQuerySchema = paginationQuerySchema;
export type AttentionQuery = z.infer<typeof attentionQuerySchema>;

export const attentionItemSchema = z.object({
  kind: z.enum(ATTENTION_KINDS),
  partnership: z.object({ id: idSchema, name: z.string() }),
  /** Seats empty, members with a wide gap, members without their own view; 1 for funding. */
  count: z.number().int(),
  /** The required seats nobody fills, for "empty_required_seats". */
  seats: z.array(z.object({ key: z.string(), label: z.object({ en: z.string(), fr: z.string() }) })),
  /** When the funding ends, for "funding_ending". */
  fundingEndDate: z.string().nullable(),
  /** What the caller may do with the partnership the item is about. */
  abilities: z.object({ update: z.boolean() }),
});
export type AttentionItemBody = z.infer<typeof attentionItemSchema>;
export const attentionPageSchema = pageOf(attentionItemSchema).meta({
  description:
    "What the active partnerships the caller manages need: required seats nobody fills, members whose two views are two levels or more apart, " +
    "members with the lead's view recorded but not their own, funding ending within 90 days. Most pressing kind first.",
});
