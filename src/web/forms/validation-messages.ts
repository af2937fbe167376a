// Validation messages by key: a contract's rule names its key (domain/validation.ts), and a server's
// field problem comes with the key it was written from; the web app writes either in its own words.
import type { z } from "zod";
import type { FieldProblemBody } from "../../contracts/common.js";
import { isValidationKey, messageOfIssue, type Input, type ValidationKey, type ValidationValues } from "../../domain/validation.js";

/** Field problems only the server can find, which a form shows in its own words. */
const SERVER_FIELD_KEYS = {
  "organization.nameUsed": "nameTaken",
  "membership.alreadyMemberField": "alreadyMember",
} as const;
type ServerFieldKey = keyof typeof SERVER_FIELD_KEYS;

export type WebValidationKey = ValidationKey | (typeof SERVER_FIELD_KEYS)[ServerFieldKey];

/** A validation message to translate, or a server message shown as written (in the language the app asked for). */
export type Message = { key: WebValidationKey; values?: ValidationValues } | { text: string };

function isServerFieldKey(key: string): key is ServerFieldKey {
  return Object.hasOwn(SERVER_FIELD_KEYS, key);
}

/** A server's field problem, by its key; one the app has no words of its own for keeps the server's words. */
export function messageFromDetail(detail: FieldProblemBody): Message {
  const key = detail.key ?? "";
  const rule = key.startsWith("validation.") ? key.slice("validation.".length) : null;
  if (isValidationKey(rule)) return detail.values ? { key: rule, values: detail.values } : { key: rule };
  if (isServerFieldKey(key))
    return detail.values ? { key: SERVER_FIELD_KEYS[key], values: detail.values } : { key: SERVER_FIELD_KEYS[key] };
  return { text: detail.message };
}

/** The message for one zod issue of the form's values (`input`). */
export function messageFromIssue(issue: z.core.$ZodIssue, input: Input): Message {
  const { key, values } = messageOfIssue(issue, input);
  return values ? { key, values } : { key };
}
