import type { z } from "zod";
import type { FieldProblemBody } from "../../contracts/common.js";
import { messageFromDetail, messageFromIssue, type Message } from "./validation-messages.js";

export type FieldMessages = Record<string, Message>;

/**
 * The field a problem belongs to: the top-level field for a flat form; for a nested form (lists of
 * objects, like `slots.2.label.en`) the full path, where an item of a list of values
 * (`slots.2.sectors.1`) still belongs to the list's field.
 */
export function fieldOfPath(path: readonly PropertyKey[], nested: boolean): string | null {
  if (!nested) return typeof path[0] === "string" ? path[0] : null;
  const segments = path.map(String);
  while (segments.length > 1 && /^\d+$/.test(segments.at(-1) ?? "")) segments.pop();
  return segments.length > 0 ? segments.join(".") : null;
}

/**
 * Validates form values with a contract schema and returns the first message per field (see
 * fieldOfPath: an issue inside a list, like `priorityGroups.2`, belongs to the list's field).
 */
export function fieldMessagesFromSchema(schema: z.ZodType, values: unknown, nested = false): FieldMessages {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const messages: FieldMessages = {};
  for (const issue of result.error.issues) {
    const field = fieldOfPath(issue.path, nested);
    if (field === null || field in messages) continue;
    messages[field] = messageFromIssue(issue, { value: values });
  }
  return messages;
}

/** Splits the server's field problems into those a form shows next to a field and the rest. */
export function fieldMessagesFromServer(
  details: readonly FieldProblemBody[],
  fields: readonly string[],
  nested = false,
): { messages: FieldMessages; others: string[] } {
  const messages: FieldMessages = {};
  const others: string[] = [];
  for (const detail of details) {
    const path = detail.field.split(".");
    const top = path[0] ?? "";
    if (!fields.includes(top)) {
      others.push(`${detail.field} ${detail.message}`);
      continue;
    }
    const field = fieldOfPath(path, nested) ?? top;
    if (!(field in messages)) messages[field] = messageFromDetail(detail);
  }
  return { messages, others };
}
