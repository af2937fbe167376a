// The respondent's side of a personal link: refusals naming the item.
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const responsesEn = {} satisfies Record<string, Message>;

export const responsesFr: Record<keyof typeof responsesEn, Message> = {};
