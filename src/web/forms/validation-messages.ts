import type { z } from "zod";
import type { Messages } from "../i18n/messages.js";

export type ValidationKey = keyof Messages["validation"];

/** A validation message to translate, or a server message shown as written when no translation exists. */
export type Message = { key: ValidationKey; values?: Record<string, number> } | { text: string };

// Messages written in src/contracts (refinements) and by the server, by translation key.
const KNOWN_MESSAGES: Record<string, ValidationKey> = {
  "is required": "required",
  "must be a valid identifier": "required",
  "must be a valid email address": "email",
  "must be a date in the form YYYY-MM-DD": "date",
  "must not be before the start date": "endBeforeStart",
  "must not be before the date joined": "leftBeforeJoined",
  "must not contain control characters": "controlCharacters",
  "must contain only digits, spaces and + ( ) . - x": "phone",
  "must contain only letters, digits, - and _": "pattern",
  "is already used by another organization in this sector": "nameTaken",
  "is already a member of this partnership": "alreadyMember",
};

/** Turns a message from the contracts or the server into a translation, keeping unknown ones verbatim. */
export function messageFromText(text: string): Message {
  const known = KNOWN_MESSAGES[text];
  if (known) return { key: known };
  const tooLong = /^must be at most (\d+) characters$/.exec(text);
  if (tooLong) return { key: "tooLong", values: { max: Number(tooLong[1]) } };
  return { text };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** The message for one zod issue; `value` is what the user entered at the issue's path. */
export function messageFromIssue(issue: z.core.$ZodIssue, value: unknown): Message {
  if (issue.code !== "custom" && isEmpty(value)) return { key: "required" };
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", values: { min: Number(issue.minimum) } };
      // An empty list where one choice at least is needed reads like an empty field.
      if (issue.origin === "array" && Number(issue.minimum) === 1) return { key: "required" };
      return { key: "invalid" };
    case "too_big":
      if (issue.origin === "string") return { key: "tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array") return { key: "tooMany", values: { max: Number(issue.maximum) } };
      return { key: "invalid" };
    case "invalid_format":
      if (issue.format === "email") return { key: "email" };
      if (issue.format === "date") return { key: "date" };
      if (issue.format === "regex") return messageFromText(issue.message);
      return { key: "invalid" };
    case "invalid_value":
    case "invalid_element":
      return { key: "choose" };
    case "custom": {
      const message = messageFromText(issue.message);
      return "key" in message ? message : { key: "invalid" };
    }
    case "invalid_type":
    case "invalid_union":
    case "invalid_key":
    case "not_multiple_of":
    case "unrecognized_keys":
      return { key: "invalid" };
  }
}
