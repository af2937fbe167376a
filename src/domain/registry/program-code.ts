import { nameKey } from "./name-key.js";

const CODE = /^[A-Za-z0-9_-]{1,20}$/;

/**
 * A readable code for a program known only by its name: the text itself when it can be a code, a
 * one-word name spelt without its accents, else the initials of its words.
 *
 * @example programCodeFrom("Bêta") // "BETA"
 * @example programCodeFrom("Business Action Program") // "BAP"
 */
export function programCodeFrom(name: string): string {
  const text = name.trim();
  if (CODE.test(text)) return text;
  const words = nameKey(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  if (words.length === 0) return "PROGRAM";
  const code = words.length === 1 ? (words[0] ?? "") : words.map((word) => word.charAt(0)).join("");
  return code.toUpperCase().slice(0, 12);
}
