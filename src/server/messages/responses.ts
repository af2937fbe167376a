// The respondent's side of a personal link: the one answer every unusable link gets, the limit on
// guessing, and the problems of an answer, each named by its item.
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const responsesEn = {
  "responses.linkNotWorking":
    "This survey link does not work: it may have been mistyped, replaced by a newer one or withdrawn, or the survey is not open.",
  "responses.tooManyAttempts": {
    one: "Too many survey links tried from this address. Try again in {count} minute.",
    other: "Too many survey links tried from this address. Try again in {count} minutes.",
  },
} satisfies Record<string, Message>;

export const responsesFr: Record<keyof typeof responsesEn, Message> = {
  "responses.linkNotWorking":
    "Ce lien d’enquête ne fonctionne pas\u00a0: il a peut-être été mal recopié, remplacé par un plus récent ou retiré, ou l’enquête n’est pas ouverte.",
  "responses.tooManyAttempts": {
    one: "Trop de liens d’enquête essayés depuis cette adresse. Réessayez dans {count}\u00a0minute.",
    other: "Trop de liens d’enquête essayés depuis cette adresse. Réessayez dans {count}\u00a0minutes.",
  },
};
