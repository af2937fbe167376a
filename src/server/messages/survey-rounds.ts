// Survey rounds: refusals, the invitation and reminder mails, the command line's lines.
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const surveyRoundsEn = {} satisfies Record<string, Message>;

export const surveyRoundsFr: Record<keyof typeof surveyRoundsEn, Message> = {};
