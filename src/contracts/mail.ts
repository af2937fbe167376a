import { z } from "zod";
import { LANGUAGES } from "../domain/vocabulary.js";
import { idSchema, pageOf, paginationQuerySchema } from "./common.js";

/** queued: waiting to be sent; sending: claimed by a server; held: kept in the outbox because no SMTP server is configured. */
export const MAIL_STATUSES = ["queued", "sending", "sent", "failed", "held"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const mailListQuerySchema = paginationQuerySchema.extend({
  status: z.enum(MAIL_STATUSES, { error: `must be one of ${MAIL_STATUSES.join(", ")}` }).optional(),
});
export type MailListQuery = z.infer<typeof mailListQuerySchema>;

export const mailMessageSchema = z.object({
  id: idSchema,
  to: z.string(),
  language: z.enum(LANGUAGES),
  template: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ retry: z.boolean() }),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;
export const mailPageSchema = pageOf(mailMessageSchema).extend({
  /** Whether messages leave through an SMTP server, or are only kept here. */
  delivery: z.enum(["smtp", "outbox"]),
});
export type MailPage = z.infer<typeof mailPageSchema>;
