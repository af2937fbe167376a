// A survey round's label ("Baseline", "Mi-parcours 2027", anything a coordinator types) as the round key
// of an involvement record (contracts/involvement.ts: a lowercase letter or digit, then up to 39 of
// letters, digits, "_" and "-"), so that a checklist answered in a round is the record of that round.

const MAX_LENGTH = 40;
/** The key of a label with no letter or digit in it. */
export const FALLBACK_ROUND_KEY = "round";

/**
 * Lowercased, accents taken off, every run of other characters made one "-", no "-" at either end,
 * cut to 40 characters.
 * @example roundKeyOf("Mi-parcours (2027)") === "mi-parcours-2027"; roundKeyOf("baseline") === "baseline"
 */
export function roundKeyOf(label: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/^[-_]+|-+$/g, "")
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, "");
  return slug === "" ? FALLBACK_ROUND_KEY : slug;
}
