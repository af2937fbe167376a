// What a new password must be, after NIST SP 800-63B: long enough, any printable character allowed, no
// composition rules, but not a password attackers try first (a common one, one character or piece
// repeated, a straight run such as "abcdefghijkl", the account's own address) and nothing that cannot be
// typed (control characters, half of a surrogate pair).
import type { ValidationMessage } from "../validation.js";
import { COMMON_PASSWORDS } from "./common-passwords.js";

/** Lengths count characters as people see them (code points), not UTF-16 units. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** A local part shorter than this ("jo@…") is too common a string to refuse inside a password. */
const LOCAL_PART_MIN_LENGTH = 4;

const COMMON = new Set(COMMON_PASSWORDS);

/** What is known about the account whose password it is. */
export type PasswordContext = { readonly email?: string | null };

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function hasLoneSurrogate(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (!isSurrogate(code)) continue;
    const next = value.charCodeAt(index + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index += 1;
    else return true;
  }
  return false;
}

/** C0 controls (tab and line breaks included: a password is one line), DEL and C1 controls. */
export function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** The whole password is one shorter piece said again and again: "aaaaaaaaaaaa", "abcabcabcabc". */
function isRepetition(chars: readonly string[]): boolean {
  const length = chars.length;
  for (let period = 1; period <= length / 2; period += 1) {
    if (length % period !== 0) continue;
    if (chars.every((char, index) => char === chars[index % period])) return true;
  }
  return false;
}

function stepOf(from: string, to: string): number {
  const a = from.codePointAt(0) ?? 0;
  const b = to.codePointAt(0) ?? 0;
  // Digits run on past 9 to 0, as on a keyboard's number row: "123456789012".
  if (/\d/.test(from) && /\d/.test(to)) return ((((b - a) % 10) + 15) % 10) - 5;
  return b - a;
}

/** Each character follows the one before by one, up or down: "abcdefghijkl", "987654321098". */
function isStraightRun(chars: readonly string[]): boolean {
  const first = stepOf(chars[0] ?? "", chars[1] ?? "");
  if (first !== 1 && first !== -1) return false;
  return chars.every((char, index) => index === 0 || stepOf(chars[index - 1] ?? "", char) === first);
}

function containsEmail(folded: string, email: string | null | undefined): boolean {
  const address = email?.trim().toLowerCase();
  if (!address) return false;
  if (folded.includes(address)) return true;
  const local = address.slice(0, Math.max(0, address.lastIndexOf("@")));
  return [...local].length >= LOCAL_PART_MIN_LENGTH && folded.includes(local);
}

/** The form a password is compared in: case and width folded ("ＰＡＳＳＷＯＲＤ1234" reads "password1234"). */
function fold(password: string): string {
  return password.normalize("NFKC").toLowerCase();
}

/**
 * Why a new password would be refused, as a validation message, or null when it may be set.
 * @example passwordProblem("password1234") → { key: "passwordCommon" }; passwordProblem("ada.lovelace!2026", { email: "ada.lovelace@example.org" }) → { key: "passwordContainsEmail" }
 */
export function passwordProblem(password: string, context: PasswordContext = {}): ValidationMessage | null {
  if (password.length === 0) return { key: "required" };
  // Checked before anything walks the text, so that a huge value costs nothing.
  if (password.length > PASSWORD_MAX_LENGTH * 2) return { key: "tooLong", values: { count: PASSWORD_MAX_LENGTH } };
  if (hasLoneSurrogate(password)) return { key: "invalidCharacters" };
  if (hasControlCharacter(password)) return { key: "controlCharacters" };
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) return { key: "tooShort", values: { count: PASSWORD_MIN_LENGTH } };
  if (chars.length > PASSWORD_MAX_LENGTH) return { key: "tooLong", values: { count: PASSWORD_MAX_LENGTH } };
  const folded = fold(password);
  const foldedChars = [...folded];
  if (isRepetition(foldedChars)) return { key: "passwordRepeated" };
  if (isStraightRun(foldedChars)) return { key: "passwordSequence" };
  if (COMMON.has(folded.trim())) return { key: "passwordCommon" };
  if (containsEmail(folded, context.email)) return { key: "passwordContainsEmail" };
  return null;
}
