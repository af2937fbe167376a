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
  "answer.unknownItem": "is not a question of this survey",
  "answer.required": "needs an answer before the survey is submitted",
  "answer.notOnScale": "must be a whole number from 1 to 5, or “don't know”",
  "answer.notAnOption": "must be one of the question's choices",
  "answer.optionTwice": "names the choice {option} twice",
  "answer.notYesNo": "must be yes or no",
  "answer.notNumber": "must be a number",
  "answer.belowMin": "must be at least {min}",
  "answer.aboveMax": "must be at most {max}",
  "answer.notText": "must be text",
  "answer.tooLong": { one: "must be at most {count} character", other: "must be at most {count} characters" },
  "answer.oneLine": "must fit on one line",
  "answer.badCharacters": "must not contain control or text-direction characters",
} satisfies Record<string, Message>;

export const responsesFr: Record<keyof typeof responsesEn, Message> = {
  "responses.linkNotWorking":
    "Ce lien d’enquête ne fonctionne pas\u00a0: il a peut-être été mal recopié, remplacé par un plus récent ou retiré, ou l’enquête n’est pas ouverte.",
  "responses.tooManyAttempts": {
    one: "Trop de liens d’enquête essayés depuis cette adresse. Réessayez dans {count}\u00a0minute.",
    other: "Trop de liens d’enquête essayés depuis cette adresse. Réessayez dans {count}\u00a0minutes.",
  },
  "answer.unknownItem": "n’est pas une question de cette enquête",
  "answer.required": "doit recevoir une réponse avant l’envoi de l’enquête",
  "answer.notOnScale": "doit être un nombre entier de 1 à 5, ou «\u00a0je ne sais pas\u00a0»",
  "answer.notAnOption": "doit être l’un des choix de la question",
  "answer.optionTwice": "nomme deux fois le choix {option}",
  "answer.notYesNo": "doit être oui ou non",
  "answer.notNumber": "doit être un nombre",
  "answer.belowMin": "doit être au moins {min}",
  "answer.aboveMax": "doit être au plus {max}",
  "answer.notText": "doit être du texte",
  "answer.tooLong": { one: "doit compter au plus {count} caractère", other: "doit compter au plus {count} caractères" },
  "answer.oneLine": "doit tenir sur une ligne",
  "answer.badCharacters": "ne doit pas contenir de caractères de contrôle ni de sens d’écriture",
};
