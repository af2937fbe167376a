import { hash, verify } from "@node-rs/argon2";
import { passwordProblem } from "../../../domain/passwords/password-rules.js";
import { validationError } from "../../app-error.js";
import { text } from "../../messages/render.js";

// Argon2id is the library default; these costs follow the OWASP minimum (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Refuses a new password that breaks a rule of domain/passwords, the one about the account's own email
 * address included, as a validation error on `field`. Every path that sets a password calls it.
 */
export function assertNewPassword(password: string, email: string, field = "password"): void {
  const problem = passwordProblem(password, { email });
  if (problem) throw validationError([{ field, message: text(`validation.${problem.key}`, problem.values) }]);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hashPassword("decoy-password-never-matches");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
