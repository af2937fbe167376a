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
