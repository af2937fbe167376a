import type { z } from "zod";
import { messageFromIssue, messageFromText, type Message } from "./validation-messages.js";

export type FieldMessages = Record<string, Message>;

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = values;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, segment);
  }
  return current;
}

/**
 * Validates form values with a contract schema and returns the first message per top-level field
 * (an issue inside a list, like `priorityGroups.2`, belongs to the list's field).
 */
export function fieldMessagesFromSchema(schema: z.ZodType, values: unknown): FieldMessages {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const messages: FieldMessages = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || field in messages) continue;
    messages[field] = messageFromIssue(issue, valueAt(values, [field]));
  }
  return messages;
}

/** Splits the server's field problems into those a form shows next to a field and the rest. */
export function fieldMessagesFromServer(
  details: readonly { field: string; message: string }[],
  fields: readonly string[],
): { messages: FieldMessages; others: string[] } {
  const messages: FieldMessages = {};
  const others: string[] = [];
  for (const detail of details) {
    const field = detail.field.split(".")[0] ?? "";
    if (fields.includes(field)) {
      if (!(field in messages)) messages[field] = messageFromText(detail.message);
    } else {
      others.push(`${detail.field} ${detail.message}`);
    }
  }
  return { messages, others };
}
