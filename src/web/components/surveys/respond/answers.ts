// The answers a respondent has given, as the form keeps them: pure functions the form and its tests share.
import type { FieldProblemBody } from "../../../../contracts/common.js";
import type { LocalizedInstrument } from "../../../../contracts/surveys.js";
import type { AnswerValue, Answers } from "../../../../domain/surveys/instrument.js";

/** What a save sends: every answer given, and null for each one taken back since the last save. */
export type SentAnswers = Record<string, AnswerValue | null>;

export type LocalizedItem = LocalizedInstrument["sections"][number]["items"][number];

/** An empty text or an empty set of choices is no answer. */
export function isAnswered(value: AnswerValue | null | undefined): value is AnswerValue {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return Number.isFinite(value);
}

/** The answers with one item's answer changed; an empty answer removes it. */
export function withAnswer(answers: Answers, itemId: string, value: AnswerValue | null): Answers {
  const { [itemId]: _previous, ...others } = answers;
  return isAnswered(value) ? { ...others, [itemId]: value } : others;
}

/** The body of a save: the answers, and null for the items answered before and cleared since (`cleared`). */
export function answersToSend(answers: Answers, cleared: ReadonlySet<string>): SentAnswers {
  const sent: SentAnswers = { ...answers };
  for (const itemId of cleared) if (!(itemId in answers)) sent[itemId] = null;
  return sent;
}

/** The id of an item's fieldset, which the summary of problems links to: `answers.q1` → "item-q1". */
export function itemAnchor(itemId: string): string {
  return `item-${itemId}`;
}

/**
 * The server's problems by item: `answers.q1` (or a part of it, `answers.q1.0`) belongs to q1; the rest
 * (none expected) stay general. The first problem of an item is the one shown.
 */
export function problemsByItem(details: readonly FieldProblemBody[]): { items: Record<string, string>; others: string[] } {
  const items: Record<string, string> = {};
  const others: string[] = [];
  for (const detail of details) {
    const [root, itemId] = detail.field.split(".");
    if (root === "answers" && itemId) {
      if (!(itemId in items)) items[itemId] = detail.message;
    } else others.push(detail.message);
  }
  return { items, others };
}

/** The items with a problem, in the order the form shows them. */
export function itemsInOrder(instrument: LocalizedInstrument, itemIds: readonly string[]): LocalizedItem[] {
  const wanted = new Set(itemIds);
  return instrument.sections.flatMap((section) => section.items.filter((item) => wanted.has(item.id)));
}

export type Progress = { answered: number; total: number; requiredLeft: number };

/** How far the respondent is: items answered of all, and required items still unanswered. */
export function progressOf(instrument: LocalizedInstrument, answers: Answers): Progress {
  const items = instrument.sections.flatMap((section) => section.items);
  const answered = items.filter((item) => isAnswered(answers[item.id])).length;
  const requiredLeft = items.filter((item) => item.required && !isAnswered(answers[item.id])).length;
  return { answered, total: items.length, requiredLeft };
}
