// Survey instruments: refusals of a document or a version, what the command line says, and what is wrong
// with a respondent's answer to an item (`answer.${key}` for each key of domain/surveys/answers.ts).
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { AnswerProblemKey } from "../../domain/surveys/answers.js";
import type { Message } from "./types.js";

type AnswerCatalogue = Record<`answer.${AnswerProblemKey}`, Message>;

const answersEn = {
  "answer.unknownItem": "is not a question of this survey",
  "answer.wrongType": "is not the kind of answer this question takes",
  "answer.outOfScale": "must be a whole number from 1 to 5, or “don’t know”",
  "answer.unknownOption": "must be one of the question’s choices",
  "answer.optionTwice": "names the choice {option} twice",
  "answer.yesNo": "must be yes or no",
  "answer.belowMin": "must be at least {min}",
  "answer.aboveMax": "must be at most {max}",
  "answer.tooLong": { one: "must be at most {count} character", other: "must be at most {count} characters" },
  "answer.oneLine": "must fit on one line",
  "answer.invalidText": "must not contain control or text-direction characters",
  "answer.required": "needs an answer before the survey is submitted",
} satisfies AnswerCatalogue;

const answersFr: AnswerCatalogue = {
  "answer.unknownItem": "n’est pas une question de cette enquête",
  "answer.wrongType": "n’est pas le genre de réponse que prend cette question",
  "answer.outOfScale": "doit être un nombre entier de 1 à 5, ou «\u00a0je ne sais pas\u00a0»",
  "answer.unknownOption": "doit être l’un des choix de la question",
  "answer.optionTwice": "nomme deux fois le choix {option}",
  "answer.yesNo": "doit être oui ou non",
  "answer.belowMin": "doit être au moins {min}",
  "answer.aboveMax": "doit être au plus {max}",
  "answer.tooLong": { one: "doit compter au plus {count} caractère", other: "doit compter au plus {count} caractères" },
  "answer.oneLine": "doit tenir sur une ligne",
  "answer.invalidText": "ne doit pas contenir de caractères de contrôle ni de sens d’écriture",
  "answer.required": "doit recevoir une réponse avant l’envoi de l’enquête",
};

export const instrumentsEn = {
  ...answersEn,
  "instrument.noSuchField": "does not match any instrument",
  "instrument.manageForbidden": "Only administrators may add instruments or versions of them.",
  "instrument.versionNotAfter": 'The latest version of "{id}" is {latest}; a new version must be greater',
  "instrument.versionField": "must be greater than {latest}, the latest version of this instrument",
  "instrument.idTaken": 'An instrument with the id "{id}" already exists; copy under another id',
  "instrument.idTakenField": "is the id of an existing instrument",
  "instrument.cli.problems": {
    one: "{file}: {count} problem; nothing was imported",
    other: "{file}: {count} problems; nothing was imported",
  },
  "instrument.cli.problem": "{path} {problem}",
  "instrument.cli.notJson": "{file} is not valid JSON: {reason}",
  "instrument.cli.unreadable": "{file} cannot be read: {reason}",
  "instrument.cli.imported": '{file}: imported "{id}" version {version}',
  "instrument.cli.wrote": "Wrote {file}",
  "instrument.cli.notFound": 'No instrument "{id}"',
  "instrument.cli.versionNotFound": 'Instrument "{id}" has no version {version}',
  "instrument.cli.builtIn": "built in",
  "instrument.cli.none": "No instruments.",
} satisfies Record<string, Message>;

export const instrumentsFr: Record<keyof typeof instrumentsEn, Message> = {
  ...answersFr,
  "instrument.noSuchField": "ne correspond à aucun instrument",
  "instrument.manageForbidden": "Seuls les administrateurs peuvent ajouter des instruments ou de nouvelles versions.",
  "instrument.versionNotAfter": "La dernière version de « {id} » est la {latest}\u202f; une nouvelle version doit être supérieure",
  "instrument.versionField": "doit être supérieure à {latest}, la dernière version de cet instrument",
  "instrument.idTaken": "Un instrument portant l'identifiant « {id} » existe déjà\u202f; copiez-le sous un autre identifiant",
  "instrument.idTakenField": "est l'identifiant d'un instrument existant",
  "instrument.cli.problems": {
    one: "{file}\u00a0: {count} problème\u202f; rien n'a été importé",
    other: "{file}\u00a0: {count} problèmes\u202f; rien n'a été importé",
  },
  "instrument.cli.problem": "{path} {problem}",
  "instrument.cli.notJson": "{file} n'est pas du JSON valide\u00a0: {reason}",
  "instrument.cli.unreadable": "{file} ne peut pas être lu\u00a0: {reason}",
  "instrument.cli.imported": "{file}\u00a0: « {id} » version {version} importé",
  "instrument.cli.wrote": "{file} écrit",
  "instrument.cli.notFound": "Aucun instrument « {id} »",
  "instrument.cli.versionNotFound": "L'instrument « {id} » n'a pas de version {version}",
  "instrument.cli.builtIn": "intégré",
  "instrument.cli.none": "Aucun instrument.",
};
