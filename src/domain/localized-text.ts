// Text that documents from outside (rubrics, compositions) carry in both languages, checked the
// same way wherever it appears.
import { z } from "zod";
import { hasBidiControl, hasControlCharacter, hasLoneSurrogate } from "./text-rules.js";
import { rule } from "./validation.js";

/** Non-empty text once trimmed, at most `max` characters, with the rules of any free text (see text-rules.ts). */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .pipe(
      z
        .string()
        .refine((value) => !hasLoneSurrogate(value), rule("notUnicode"))
        .refine((value) => !hasControlCharacter(value, { multiline: true }), rule("controlCharacters"))
        .refine((value) => !hasBidiControl(value), rule("bidiCharacters")),
    );
}

/** The English and French text of one thing; any other key is refused rather than dropped. */
export function localizedText(max: number) {
  return z.strictObject({ en: requiredText(max), fr: requiredText(max) });
}
