// The answers a respondent sends, checked against the instrument and normalized: null (or an empty
// text or list) takes an answer away, an unknown item id or a value outside what the item takes is a
// problem named by the item, and required items are checked only when submitting.
import {
  DONT_KNOW,
  itemsOf,
  YES_NO,
  type Answers,
  type AnswerValue,
  type Instrument,
  type InstrumentItem,
  type SurveyPerspective,
} from "../../../domain/surveys/instrument.js";
import { hasBidiControl, hasControlCharacter, hasLoneSurrogate } from "../../../domain/text-rules.js";

export const TEXT_MAX = 500;
export const LONGTEXT_MAX = 5000;

export type AnswerProblemKey =
  | "answer.unknownItem"
  | "answer.required"
  | "answer.notOnScale"
  | "answer.notAnOption"
  | "answer.optionTwice"
  | "answer.notYesNo"
  | "answer.notNumber"
  | "answer.belowMin"
  | "answer.aboveMax"
  | "answer.notText"
  | "answer.tooLong"
  | "answer.oneLine"
  | "answer.badCharacters";

/** A problem with one item's answer; `path` is [itemId]. */
export type AnswerProblem = { path: string[]; key: AnswerProblemKey; values?: Record<string, string | number> };

type Checked = { value: AnswerValue | null } | { problem: Omit<AnswerProblem, "path"> };

const ok = (value: AnswerValue | null): Checked => ({ value });
const bad = (key: AnswerProblemKey, values?: Record<string, string | number>): Checked => ({
  problem: values ? { key, values } : { key },
});

function checkText(value: unknown, max: number, multiline: boolean): Checked {
  if (typeof value !== "string") return bad("answer.notText");
  const trimmed = value.trim();
  if (trimmed === "") return ok(null);
  if (trimmed.length > max) return bad("answer.tooLong", { count: max });
  if (!multiline && /[\r\n]/.test(trimmed)) return bad("answer.oneLine");
  if (hasLoneSurrogate(trimmed) || hasControlCharacter(trimmed, { multiline }) || hasBidiControl(trimmed)) {
    return bad("answer.badCharacters");
  }
  return ok(trimmed);
}

function checkValue(item: InstrumentItem, value: unknown): Checked {
  const options = new Set((item.options ?? []).map((option) => option.key));
  switch (item.type) {
    case "agreement5":
      return value === DONT_KNOW || (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5)
        ? ok(value)
        : bad("answer.notOnScale");
    case "single":
      return typeof value === "string" && options.has(value) ? ok(value) : bad("answer.notAnOption");
    case "multiple": {
      if (!Array.isArray(value)) return bad("answer.notAnOption");
      const keys: string[] = [];
      for (const key of value) {
        if (typeof key !== "string" || !options.has(key)) return bad("answer.notAnOption");
        if (keys.includes(key)) return bad("answer.optionTwice", { option: key });
        keys.push(key);
      }
      // In the order the instrument lists them, so that the same choices are the same answer.
      return ok(keys.length === 0 ? null : (item.options ?? []).map((option) => option.key).filter((key) => keys.includes(key)));
    }
    case "yesno":
      return typeof value === "string" && YES_NO.some((answer) => answer === value) ? ok(value) : bad("answer.notYesNo");
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return bad("answer.notNumber");
      if (item.min !== undefined && value < item.min) return bad("answer.belowMin", { min: item.min });
      if (item.max !== undefined && value > item.max) return bad("answer.aboveMax", { max: item.max });
      return ok(value);
    case "text":
      return checkText(value, TEXT_MAX, false);
    case "longtext":
      return checkText(value, LONGTEXT_MAX, true);
  }
}

/**
 * Checks and normalizes answers by item id, in the instrument's order.
 * @example checkAnswers(instrument, { trust: 6 }, { submitting: false }).problems → [{ path: ["trust"], key: "answer.notOnScale" }]
 */
export function checkAnswers(
  instrument: Instrument,
  answers: Record<string, unknown>,
  options: { submitting: boolean; perspective?: SurveyPerspective | null },
): { answers: Answers; problems: AnswerProblem[] } {
  const items = itemsOf(instrument);
  const known = new Set(items.map((item) => item.id));
  const problems: AnswerProblem[] = Object.keys(answers)
    .filter((id) => !known.has(id))
    .map((id) => ({ path: [id], key: "answer.unknownItem" }));
  const normalized: Answers = {};
  for (const item of items) {
    const given = answers[item.id];
    const checked = given === undefined || given === null ? ok(null) : checkValue(item, given);
    if ("problem" in checked) problems.push({ path: [item.id], ...checked.problem });
    else if (checked.value !== null) normalized[item.id] = checked.value;
    else if (options.submitting && item.required) problems.push({ path: [item.id], key: "answer.required" });
  }
  return { answers: normalized, problems };
}
