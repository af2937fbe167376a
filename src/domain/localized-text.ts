// Text that documents from outside (rubrics, compositions) carry in both languages, checked the
// same way wherever it appears.
import { z } from "zod";

/** Non-empty text once trimmed, at most `max` characters. */
export function requiredText(max: number) {
  return z.string().trim().min(1).max(max);
}

/** The English and French text of one thing; `strict` refuses any other key instead of dropping it. */
export function localizedText(max: number, { strict = false } = {}) {
  const shape = { en: requiredText(max), fr: requiredText(max) };
  return strict ? z.strictObject(shape) : z.object(shape);
}
