// Guessing links is limited per client address, with the sign-in limits' settings: a request is counted
// before its token is looked up (so that parallel guesses cannot slip past the limit) and taken back
// unless the token turned out not to work. A respondent saving answer after answer is never counted;
// an address past the limit is refused every link, a working one included, so that the refusal itself
// tells nothing about a token.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Config } from "../../env.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import { countHit, uncountHits } from "../auth/rate-limit-repository.js";
import { tooManyAttempts } from "../auth/sign-in-limits.js";

/** The one answer of every link that cannot be used: unknown, malformed, expired, revoked, round not open. */
export function linkNotWorking(): AppError {
  return new AppError("not_found", text("responses.linkNotWorking"));
}

function isLinkFailure(error: unknown): boolean {
  return error instanceof AppError && error.code === "not_found";
}

export async function withLinkLimits<T>(db: Kysely<DB>, login: Config["login"], clientAddress: string, run: () => Promise<T>): Promise<T> {
  const key = `survey-link:address:${clientAddress}`;
  const hit = await countHit(db, key, login.windowMinutes * 60_000);
  if (hit.current > login.maxAttemptsPerAddress) {
    throw tooManyAttempts((count) => text("responses.tooManyAttempts", { count }), hit.ttl);
  }
  try {
    const result = await run();
    await uncountHits(db, [key]);
    return result;
  } catch (error) {
    if (!isLinkFailure(error)) await uncountHits(db, [key]);
    throw error;
  }
}
