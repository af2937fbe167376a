import type { Role } from "../domain/vocabulary.js";

/** Who is making a request, as established by a session cookie or an API token. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  locale: "en" | "fr";
};

export type Authentication =
  { kind: "session"; actor: Actor; sessionId: string; csrfToken: string } | { kind: "token"; actor: Actor; tokenId: string };

/**
 * The operator: whoever runs the command line on the server. They hold the database itself, so they
 * act with full rights, and what they change is recorded without a user.
 */
export const OPERATOR = "operator" as const;

/** Whoever a use case acts for: a signed-in user, or the operator. */
export type Caller = Actor | typeof OPERATOR;

export function isOperator(caller: Caller): caller is typeof OPERATOR {
  return caller === OPERATOR;
}

/** The user a change is recorded against; null for the operator. */
export function userIdOf(caller: Caller): string | null {
  return isOperator(caller) ? null : caller.userId;
}
