/**
 * A website as a link: an address typed without its scheme gets `https://`, so it can be followed.
 * Anything that does not look like a web address (spaces, another scheme) is kept as it was typed.
 *
 * @example withScheme("www.ville.levis.qc.ca") // "https://www.ville.levis.qc.ca"
 */
export function withScheme(website: string): string;
export function withScheme(website: string | null): string | null;
export function withScheme(website: string | null): string | null {
  if (website === null) return null;
  const value = website.trim();
  if (/^https?:\/\//i.test(value)) return value;
  if (value.startsWith("//")) return `https:${value}`;
  if (/^[^\s/:@]+\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(value)) return `https://${value}`;
  return value;
}
