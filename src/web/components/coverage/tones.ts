// Colours of the coverage badges and icons. Colour is never the only cue: each badge also says in words
// what it means.
const HUES = {
  good: "teal",
  warning: "orange",
  bad: "red",
  neutral: "gray",
  reason: "indigo",
  critic: "grape",
} as const;

export type Tone = keyof typeof HUES;
type Variant = "light" | "filled" | "outline";

/**
 * Props for a Badge or ThemeIcon in a tone. The default shades of Mantine's light and outline variants
 * fall below the contrast ratio text needs: on a tinted background the text keeps the page's text
 * colour, and outlined or filled badges take the darkest shade of the hue.
 */
export function toneProps(tone: Tone, variant: Variant = "light"): { variant: Variant; color: string; c?: string } {
  const hue = HUES[tone];
  if (variant === "light") return { variant, color: hue, c: "var(--mantine-color-text)" };
  return { variant, color: `${hue}.9` };
}
