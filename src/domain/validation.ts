// Validation messages by key. A rule never writes a sentence: a zod issue carries its key in `params`
// (custom issues and refinements, see rule()), or its code implies one (too_big on a string is
// "tooLong"); messageOfIssue() turns any issue into a key and its values, which the server, the web app
// and the command line each write in their reader's language.
import type { z } from "zod";

export const VALIDATION_KEYS = [
  // Implied by an issue's code.
  "required",
  "invalid",
  "text",
  "number",
  "wholeNumber",
  "boolean",
  "list",
  "object",
  "tooShort",
  "tooLong",
  "tooFew",
  "tooMany",
  "tooSmall",
  "tooLarge",
  "above",
  "below",
  "email",
  "date",
  "identifier",
  "oneOf",
  "unknownFields",
  // Set by a rule.
  "controlCharacters",
  "bidiCharacters",
  "formula",
  "notUnicode",
  "phone",
  "programCode",
  "key",
  "rubricId",
  "instrumentId",
  "round",
  "listedTwice",
  "endBeforeStart",
  "leftBeforeJoined",
  "slotKeyTaken",
  "oneSlotOfKind",
  "notIndicator",
  "notInvolvementIndicator",
  "answer",
  "condition",
  "unknownIndicator",
  "indicatorTwice",
  "levelKeyTaken",
  "alwaysNotLast",
  "fallbackMissing",
  "conditionParts",
  "conditionTooManyParts",
  "indicatorNotListed",
  "atLeastCount",
  "atLeastExceeds",
  "conditionShape",
  "conditionTooDeep",
  "alwaysWhole",
  "invalidCharacters",
  "instrumentKeyTaken",
  "scoreItemUnknown",
  "scoreItemNotAgreement",
  "bandsOrder",
  "bandMinScale",
  "optionsMissing",
  "optionsNotAllowed",
  "reverseNotAllowed",
  "boundsNotAllowed",
  "boundsOrder",
  "perspectiveTextNotAllowed",
  "involvementItemType",
  "involvementItemId",
  "passwordRepeated",
  "passwordSequence",
  "passwordCommon",
  "passwordContainsEmail",
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

export type ValidationValues = Readonly<Record<string, string | number>>;
/** What is wrong with a value, to be written in the reader's language, e.g. { key: "tooLong", values: { count: 200 } }. */
export type ValidationMessage = { readonly key: ValidationKey; readonly values?: ValidationValues };

export function isValidationKey(value: unknown): value is ValidationKey {
  return typeof value === "string" && VALIDATION_KEYS.some((key) => key === value);
}

/**
 * The `params` of a refinement or custom issue that names its message.
 * @example z.string().refine(isPhone, rule("phone")); ctx.addIssue({ code: "custom", path, ...rule("listedTwice") })
 */
export function rule(key: ValidationKey, values?: ValidationValues): { params: ValidationMessage } {
  return { params: values === undefined ? { key } : { key, values } };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function keyOfParams(params: unknown): ValidationMessage {
  if (typeof params !== "object" || params === null) return { key: "invalid" };
  const key: unknown = Reflect.get(params, "key");
  const values: unknown = Reflect.get(params, "values");
  if (!isValidationKey(key)) return { key: "invalid" };
  return typeof values === "object" && values !== null ? { key, values: { ...values } } : { key };
}

const EXPECTED: Readonly<Record<string, ValidationKey>> = {
  string: "text",
  number: "number",
  int: "wholeNumber",
  nan: "number",
  boolean: "boolean",
  array: "list",
  tuple: "list",
  object: "object",
  record: "object",
  map: "object",
};

function byCode(issue: z.core.$ZodIssue): ValidationMessage {
  switch (issue.code) {
    case "invalid_type":
      return { key: EXPECTED[issue.expected] ?? "invalid" };
    case "too_small": {
      const count = Number(issue.minimum);
      if (issue.origin === "string") return count <= 1 ? { key: "required" } : { key: "tooShort", values: { count } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooFew", values: { count } };
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") {
        return issue.inclusive === false ? { key: "above", values: { min: count } } : { key: "tooSmall", values: { min: count } };
      }
      return { key: "invalid" };
    }
    case "too_big": {
      const count = Number(issue.maximum);
      if (issue.origin === "string") return { key: "tooLong", values: { count } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooMany", values: { count } };
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") {
        return issue.inclusive === false ? { key: "below", values: { max: count } } : { key: "tooLarge", values: { max: count } };
      }
      return { key: "invalid" };
    }
    case "invalid_format":
      if (issue.format === "email") return { key: "email" };
      if (issue.format === "date") return { key: "date" };
      if (issue.format === "uuid" || issue.format === "guid") return { key: "identifier" };
      return { key: "invalid" };
    case "invalid_value":
      return { key: "oneOf", values: { values: issue.values.map(String).join(", ") } };
    case "invalid_union": {
      const options: unknown = Reflect.get(issue, "options");
      return Array.isArray(options) ? { key: "oneOf", values: { values: options.map(String).join(", ") } } : { key: "invalid" };
    }
    case "unrecognized_keys":
      return { key: "unknownFields", values: { fields: issue.keys.join(", ") } };
    case "custom":
      return keyOfParams(issue.params);
    case "invalid_key":
    case "invalid_element":
    case "not_multiple_of":
      return { key: "invalid" };
  }
}

/** The input at an issue's path, when the whole input is known. */
export type Input = { readonly value: unknown };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, segment);
  }
  return current;
}

/**
 * The message of one issue. Given the whole input, a value left empty reads as "required" whatever the
 * rule it broke (a rule's own refinement excepted).
 * @example messageOfIssue(z.string().max(3).safeParse("long").error.issues[0], null) → { key: "tooLong", values: { count: 3 } }
 */
export function messageOfIssue(issue: z.core.$ZodIssue, input: Input | null): ValidationMessage {
  if (issue.code !== "custom" && input !== null && isEmpty(valueAt(input.value, issue.path))) return { key: "required" };
  return byCode(issue);
}

/** A problem with one place of an input: its path (e.g. ["slots", 2, "key"]) and its message. */
export type ValidationProblem = { readonly path: readonly PropertyKey[] } & ValidationMessage;

/** Every issue of a failed parse as a keyed problem; `input` is what was parsed, when known. */
export function validationProblems(error: z.ZodError, input: Input | null): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: issue.path, ...messageOfIssue(issue, input) }));
}
