// Survey results: the files' headers and notes, the PDF report's headings, the command line's lines.
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const surveyResultsEn = {} satisfies Record<string, Message>;

export const surveyResultsFr: Record<keyof typeof surveyResultsEn, Message> = {};
