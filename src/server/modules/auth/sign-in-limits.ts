// The limits on signing in, kept in the database so that every instance counts against the same ones.
// An attempt is counted before its password is checked (so that parallel attempts cannot slip past a
// limit), and taken back when it signs in: only failures count.
import { setTimeout as delay } from "node:timers/promises";
import type { Kysely } from "kysely";
import { isAddressBlocked, signInWaitMs } from "../../../domain/sign-in/throttle.js";
import type { DB } from "../../db/schema.js";
import type { Config } from "../../env.js";
import { AppError } from "../../app-error.js";
import { text, type Text } from "../../messages/render.js";
import { countHits, deleteEndedWindows, uncountHits } from "./rate-limit-repository.js";

export type SignInAttempt = { email: string; clientAddress: string };

/** A refusal for too many attempts, with how long to wait (Retry-After, in seconds). */
export function tooManyAttempts(message: (minutes: number) => Text, ttlMs: number): AppError {
  return new AppError("rate_limited", message(Math.max(1, Math.ceil(ttlMs / 60_000))), undefined, {
    "retry-after": String(Math.max(1, Math.ceil(ttlMs / 1000))),
  });
}

function isFailure(error: unknown): boolean {
  return error instanceof AppError && error.code === "invalid_credentials";
}

/**
 * Runs a sign-in under the limits: refused with 429 when the client address has used up its failures;
 * held back when the email address has (however long it waits, the right password then signs in); and
 * counted as a failure only when the credentials were wrong.
 */
export async function withSignInLimits<T>(
  db: Kysely<DB>,
  login: Config["login"],
  attempt: SignInAttempt,
  signIn: () => Promise<T>,
): Promise<T> {
  const windowMs = login.windowMinutes * 60_000;
  const addressKey = `sign-in:address:${attempt.clientAddress}`;
  const emailKey = `sign-in:email:${attempt.email}`;
  const counts = await countHits(db, [addressKey, emailKey], windowMs);
  const byAddress = counts.get(addressKey) ?? { current: 1, ttl: windowMs };
  const byEmail = counts.get(emailKey) ?? { current: 1, ttl: windowMs };
  if (isAddressBlocked(byAddress.current - 1, login.maxAttemptsPerAddress)) {
    // Refused before any check: the email address's count is left as it was.
    await uncountHits(db, [emailKey]);
    throw tooManyAttempts((count) => text("auth.tooManySignIns", { count }), byAddress.ttl);
  }
  const wait = signInWaitMs(byEmail.current - 1, login.maxAttempts);
  if (wait > 0) await delay(wait);
  try {
    const result = await signIn();
    await uncountHits(db, [addressKey, emailKey]);
    await deleteEndedWindows(db);
    return result;
  } catch (error) {
    if (!isFailure(error)) await uncountHits(db, [addressKey, emailKey]);
    throw error;
  }
}
