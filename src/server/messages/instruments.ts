// Survey instruments: refusals of a document, with every problem by its path.
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const instrumentsEn = {} satisfies Record<string, Message>;

export const instrumentsFr: Record<keyof typeof instrumentsEn, Message> = {};
