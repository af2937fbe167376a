// Following the unsubscribe link of a reminder: no sign-in, the token in the link is the proof.
import { z } from "zod";
import { LANGUAGES } from "../domain/vocabulary.js";
import { linkTokenSchema } from "./account-links.js";

/** The secret of an unsubscribe link: the URL-safe characters the server makes it of, and nothing else. */
const unsubscribeTokenSchema = linkTokenSchema.pipe(z.string().regex(/^[A-Za-z0-9_-]+$/));

export const unsubscribeSchema = z.strictObject({ token: unsubscribeTokenSchema });
export type Unsubscribe = z.infer<typeof unsubscribeSchema>;

/** The contact's language, so that the page confirms in it; and whether the link had been followed before. */
export const unsubscribedSchema = z.object({ language: z.enum(LANGUAGES), alreadyUnsubscribed: z.boolean() });
export type Unsubscribed = z.infer<typeof unsubscribedSchema>;
