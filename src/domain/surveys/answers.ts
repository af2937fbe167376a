// The answers a respondent sends, checked against the instrument they answer: every value must be one
// the item's type allows, and on submission every required item must be answered. Each problem names
// its item (["answers", itemId]) so that the form can show it there.
import { hasBidiControl, hasControlCharacter, hasLoneSurrogate } from "../text-rules.js";
import {
  DONT_KNOW,
  YES_NO,
  itemsOf,
  type AnswerValue,
  type Answers,
  type Instrument,
  type InstrumentItem,
  type SurveyPerspective,
} from "./instrument.js";

export const TEXT_MAX = 500;
export const LONGTEXT_MAX = 5000;

export const ANSWER_PROBLEM_KEYS = [
  "unknownItem",
  "wrongType",
  "outOfScale",
  "unknownOption",
  "optionTwice",
  "yesNo",
  "belowMin",
  "aboveMax",
  "tooLong",
  "oneLine",
  "invalidText",
  "required",
] as const;
export type AnswerProblemKey = (typeof ANSWER_PROBLEM_KEYS)[number];
/** What is wrong with one item's answer; the server writes it from the `answer.${key}` message. */
export type AnswerProblem = { path: ["answers", string]; key: AnswerProblemKey; values?: Readonly<Record<string, string | number>> };

export type AnswerCheck = { answers: Answers; problems: AnswerProblem[] };
export type AnswerCheckOptions = {
  /** Submission also needs every required item answered; a save may be partial. */
  submitting: boolean;
  /** The respondent's view; the same rules hold for both, it only changes the wording. */
  perspective?: SurveyPerspective | null;
};

type Checked = { value: AnswerValue | null } | { problem: AnswerProblemKey; values?: Record<string, string | number> };

function checkText(value: unknown, max: number, multiline: boolean): Checked {
  if (typeof value !== "string") return { problem: "wrongType" };
  const trimmed = value.trim();
  if (trimmed === "") return { value: null };
  if (hasLoneSurrogate(trimmed) || hasControlCharacter(trimmed, { multiline }) || hasBidiControl(trimmed)) {
    return { problem: multiline || !/[\r\n]/.test(trimmed) ? "invalidText" : "oneLine" };
  }
  if ([...trimmed].length > max) return { problem: "tooLong", values: { count: max } };
  return { value: trimmed };
}

function checkChoices(item: InstrumentItem, value: unknown): Checked {
  if (!Array.isArray(value)) return { problem: "wrongType" };
  const keys = new Set((item.options ?? []).map((option) => option.key));
  const chosen: string[] = [];
  for (const entry of value) {
    if (typeof entry !== "string" || !keys.has(entry)) return { problem: "unknownOption", values: { option: String(entry) } };
    if (chosen.includes(entry)) return { problem: "optionTwice", values: { option: entry } };
    chosen.push(entry);
  }
  // In the instrument's order, so that the same choices are the same answer however they were ticked.
  const order = [...keys];
  chosen.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { value: chosen.length > 0 ? chosen : null };
}

function checkNumber(item: InstrumentItem, value: unknown): Checked {
  if (typeof value !== "number" || !Number.isFinite(value)) return { problem: "wrongType" };
  if (item.min !== undefined && value < item.min) return { problem: "belowMin", values: { min: item.min } };
  if (item.max !== undefined && value > item.max) return { problem: "aboveMax", values: { max: item.max } };
  return { value };
}

/** One value against its item: the value to keep (null to remove it) or what is wrong. */
function checkValue(item: InstrumentItem, value: unknown): Checked {
  if (value === null) return { value: null };
  switch (item.type) {
    case "agreement5":
      if (value === DONT_KNOW) return { value };
      return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5 ? { value } : { problem: "outOfScale" };
    case "single":
      if (typeof value !== "string") return { problem: "wrongType" };
      return (item.options ?? []).some((option) => option.key === value)
        ? { value }
        : { problem: "unknownOption", values: { option: value } };
    case "multiple":
      return checkChoices(item, value);
    case "yesno":
      return YES_NO.some((answer) => answer === value) ? { value: String(value) } : { problem: "yesNo" };
    case "number":
      return checkNumber(item, value);
    case "text":
      return checkText(value, TEXT_MAX, false);
    case "longtext":
      return checkText(value, LONGTEXT_MAX, true);
  }
}

/**
 * Normalizes answers to an instrument and names what is wrong with each: null (or empty text, no choice)
 * removes an answer, unknown item ids are refused, and when submitting every required item must be answered.
 * @example checkAnswers(instrument, { trust_1: 6 }, { submitting: false }) → { answers: {}, problems: [{ path: ["answers", "trust_1"], key: "outOfScale" }] }
 */
export function checkAnswers(instrument: Instrument, answers: Record<string, unknown>, options: AnswerCheckOptions): AnswerCheck {
  const items = new Map(itemsOf(instrument).map((item) => [item.id, item]));
  const kept: Answers = {};
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const item = items.get(id);
    if (!item) {
      problems.push({ path: ["answers", id], key: "unknownItem" });
      continue;
    }
    const checked = checkValue(item, value);
    if ("problem" in checked) {
      problems.push({ path: ["answers", id], key: checked.problem, ...(checked.values ? { values: checked.values } : {}) });
    } else if (checked.value !== null) {
      kept[id] = checked.value;
    }
  }
  if (options.submitting) {
    for (const item of items.values()) {
      const refused = problems.some((problem) => problem.path[1] === item.id);
      if (item.required && !refused && !Object.hasOwn(kept, item.id)) problems.push({ path: ["answers", item.id], key: "required" });
    }
  }
  return { answers: kept, problems };
}
