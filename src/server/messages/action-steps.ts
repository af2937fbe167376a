// From results to action: refusals, the goal and objective an accepted step lands in.
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const actionStepsEn = {} satisfies Record<string, Message>;

export const actionStepsFr: Record<keyof typeof actionStepsEn, Message> = {};
