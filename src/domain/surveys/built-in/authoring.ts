// Small builders that keep the built-in instruments readable as lists of statements: a rated
// statement on one line, a choice item from its options, one score per section, and the bands the
// rated instruments share. Only keys that carry meaning are written, so a built-in exported as JSON
// reads like one an administrator wrote.
import type { InstrumentBand, InstrumentItem, InstrumentOption, InstrumentScore, InstrumentSection, Localized } from "../instrument.js";

/** A rated statement (1 strongly disagree … 5 strongly agree, or don't know), e.g. statement("vision_1", "We agree…", "Nous…"). */
export function statement(id: string, en: string, fr: string, options: { reverse?: boolean } = {}): InstrumentItem {
  // "Don't know" is always offered, so asking for an answer to every statement costs the respondent nothing.
  const item: InstrumentItem = { id, type: "agreement5", text: { en, fr }, required: true };
  if (options.reverse) item.reverse = true;
  return item;
}

/** A negatively worded statement, counted as 6 − value, e.g. negative("conflict_3", "Conflicts linger.", "…"). */
export function negative(id: string, en: string, fr: string): InstrumentItem {
  return statement(id, en, fr, { reverse: true });
}

/** Options from [key, English, French] triples, in the order shown, e.g. choices([["yes", "Yes", "Oui"], …]). */
export function choices(list: readonly (readonly [key: string, en: string, fr: string])[]): InstrumentOption[] {
  return list.map(([key, en, fr]) => ({ key, label: { en, fr } }));
}

/** A section whose title is also the name of its score, e.g. section("leadership", { en: "Leadership", fr: "Leadership" }, items). */
export function section(key: string, title: Localized, items: InstrumentItem[]): InstrumentSection {
  return { key, title, items };
}

/** One score per section, named after it, over the section's rated statements. */
export function scorePerSection(sections: readonly InstrumentSection[]): InstrumentScore[] {
  return sections.map((each) => ({
    key: each.key,
    title: each.title,
    items: each.items.filter((item) => item.type === "agreement5").map((item) => item.id),
  }));
}

/** The bands of the rated instruments, highest first: 4.0 and up a strength, 3.0 to 3.99 borderline, below 3.0 a concern. */
export function agreementBands(): InstrumentBand[] {
  return [
    { key: "strength", label: { en: "Strength", fr: "Point fort" }, min: 4 },
    { key: "borderline", label: { en: "Borderline", fr: "À surveiller" }, min: 3 },
    { key: "concern", label: { en: "Concern", fr: "Point faible" }, min: 1 },
  ];
}
