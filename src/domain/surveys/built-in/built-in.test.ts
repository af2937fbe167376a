import { describe, expect, it } from "vitest";
import { PROJECT_INDICATOR_KEYS } from "../../typology/indicators.js";
import { itemsOf, type Instrument, type Localized } from "../instrument.js";
import { instrumentDocumentSchema } from "../instrument-schema.js";
import { BUILT_IN_INSTRUMENTS } from "./index.js";
import { BUILT_IN_SUGGESTIONS } from "./suggestions.js";

const RATED = ["health-check", "capacity-self-assessment"];
const INGREDIENTS = [
  "shared_vision",
  "common_goals",
  "cooperation",
  "accountability",
  "communication",
  "commitment",
  "conflict_resolution",
  "leadership",
  "desire_to_work_together",
  "flexibility",
  "shared_decision_making",
];

function instrument(id: string): Instrument {
  const found = BUILT_IN_INSTRUMENTS.find((each) => each.id === id);
  if (!found) throw new Error(`no built-in instrument ${id}`);
  return found;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Every text of an instrument, by its path in the document. */
function textsOf(document: Instrument): [string, Localized][] {
  const texts: [string, Localized][] = [["title", document.title]];
  if (document.description) texts.push(["description", document.description]);
  document.sections.forEach((section, s) => {
    texts.push([`sections.${s}.title`, section.title]);
    if (section.description) texts.push([`sections.${s}.description`, section.description]);
    section.items.forEach((item, i) => {
      const at = `sections.${s}.items.${i}`;
      texts.push([`${at}.text`, item.text]);
      if (item.help) texts.push([`${at}.help`, item.help]);
      for (const [perspective, text] of Object.entries(item.perspectiveText ?? {})) if (text) texts.push([`${at}.${perspective}`, text]);
      item.options?.forEach((option, o) => texts.push([`${at}.options.${o}`, option.label]));
    });
  });
  document.scores.forEach((score, s) => texts.push([`scores.${s}.title`, score.title]));
  document.bands.forEach((band, b) => texts.push([`bands.${b}.label`, band.label]));
  return texts;
}

const ALL_TEXTS: [string, Localized][] = [
  ...BUILT_IN_INSTRUMENTS.flatMap((each) => textsOf(each).map(([path, text]): [string, Localized] => [`${each.id} ${path}`, text])),
  ...BUILT_IN_SUGGESTIONS.map((each): [string, Localized] => [each.key, each.text]),
];

/** Each ; ! ? : of a French text without the space French sets before it (narrow no-break, or no-break before a colon). */
function badlySpaced(text: string): string[] {
  return [...text.matchAll(/[;!?:]/g)]
    .filter((match) => text[match.index - 1] !== (match[0] === ":" ? "\u00a0" : "\u202f"))
    .map((match) => `…${text.slice(Math.max(0, match.index - 12), match.index + 1)}`);
}

describe("the built-in instruments", () => {
  it("are the four shipped instruments, each at version 1", () => {
    expect(BUILT_IN_INSTRUMENTS.map((each) => [each.id, each.version])).toEqual([
      ["involvement-checklist", 1],
      ["health-check", 1],
      ["partnership-experience", 1],
      ["capacity-self-assessment", 1],
    ]);
  });

  it.each(BUILT_IN_INSTRUMENTS.map((each) => [each.id, each] as const))("%s has the shape of an instrument document", (_, document) => {
    const parsed = instrumentDocumentSchema.safeParse(document);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([]);
  });

  it.each(BUILT_IN_INSTRUMENTS.map((each) => [each.id, each] as const))(
    "%s survives a round trip through JSON unchanged",
    (_, document) => {
      expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
    },
  );

  it.each(BUILT_IN_INSTRUMENTS.map((each) => [each.id, each] as const))(
    "%s names each section, item, score and band once",
    (_, document) => {
      expect(duplicates(document.sections.map((section) => section.key))).toEqual([]);
      expect(duplicates(itemsOf(document).map((item) => item.id))).toEqual([]);
      expect(duplicates(document.scores.map((score) => score.key))).toEqual([]);
      expect(duplicates(document.bands.map((band) => band.key))).toEqual([]);
      for (const item of itemsOf(document)) expect(duplicates((item.options ?? []).map((option) => option.key)), item.id).toEqual([]);
    },
  );

  it.each(BUILT_IN_INSTRUMENTS.map((each) => [each.id, each] as const))("%s scores only rated statements it contains", (_, document) => {
    const types = new Map(itemsOf(document).map((item) => [item.id, item.type]));
    const wrong = document.scores.flatMap((score) =>
      score.items.filter((id) => types.get(id) !== "agreement5").map((id) => `${score.key}: ${id} (${types.get(id) ?? "missing"})`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(BUILT_IN_INSTRUMENTS.map((each) => [each.id, each] as const))(
    "%s gives options only to choice items, reverse only to statements",
    (_, document) => {
      for (const item of itemsOf(document)) {
        expect(item.options !== undefined, item.id).toBe(item.type === "single" || item.type === "multiple");
        if (item.reverse !== undefined) expect(item.type, item.id).toBe("agreement5");
      }
    },
  );

  it("keeps every rated statement short enough to read on a phone", () => {
    const long = BUILT_IN_INSTRUMENTS.flatMap(itemsOf)
      .filter((item) => item.type === "agreement5")
      .flatMap((item) => [item.text.en, item.text.fr].filter((text) => text.length > 100));
    expect(long).toEqual([]);
  });
});

describe("the involvement checklist", () => {
  const checklist = instrument("involvement-checklist");

  it("asks each project indicator once, in the typology's order, as a yes or no question, none required", () => {
    expect(checklist.purpose).toBe("involvement");
    expect(itemsOf(checklist).map((item) => item.id)).toEqual([...PROJECT_INDICATOR_KEYS]);
    expect(itemsOf(checklist).filter((item) => item.type !== "yesno" || item.required)).toEqual([]);
    expect([checklist.scores, checklist.bands]).toEqual([[], []]);
  });

  it("words each question for the lead about a partner and for a partner about itself", () => {
    for (const item of itemsOf(checklist)) {
      expect(item.perspectiveText?.lead?.en, item.id).toMatch(/^Did this partner .+\?$/);
      expect(item.perspectiveText?.partner?.en, item.id).toMatch(/^Did your organization .+\?$/);
      expect(item.perspectiveText?.lead?.fr, item.id).toMatch(/^Ce partenaire a-t-il .+\u202f\?$/);
      expect(item.perspectiveText?.partner?.fr, item.id).toMatch(/^Votre organisme a-t-il .+\u202f\?$/);
    }
  });
});

describe("the rated instruments", () => {
  const healthCheck = instrument("health-check");
  const capacity = instrument("capacity-self-assessment");

  it("give the health check one section and one score per ingredient, of two to four statements", () => {
    expect(healthCheck.sections.map((section) => section.key)).toEqual(INGREDIENTS);
    expect(healthCheck.scores.map((score) => score.key)).toEqual(INGREDIENTS);
    for (const section of healthCheck.sections) {
      expect(section.items.length, section.key).toBeGreaterThanOrEqual(2);
      expect(section.items.length, section.key).toBeLessThanOrEqual(4);
      expect(healthCheck.scores.find((score) => score.key === section.key)?.items).toEqual(section.items.map((item) => item.id));
    }
  });

  it("word a statement negatively in at least five ingredients, never all of one", () => {
    const withReverse = healthCheck.sections.filter((section) => section.items.some((item) => item.reverse));
    expect(withReverse.length).toBeGreaterThanOrEqual(5);
    for (const section of [...healthCheck.sections, ...capacity.sections])
      expect(
        section.items.some((item) => !item.reverse),
        section.key,
      ).toBe(true);
  });

  it("give the capacity self-assessment three areas of four to six statements, some negative", () => {
    expect(capacity.sections.map((section) => section.key)).toEqual(["governance", "partnerships", "data_analysis"]);
    expect(capacity.scores.map((score) => score.key)).toEqual(["governance", "partnerships", "data_analysis"]);
    for (const section of capacity.sections) {
      expect(section.items.length, section.key).toBeGreaterThanOrEqual(4);
      expect(section.items.length, section.key).toBeLessThanOrEqual(6);
      expect(
        section.items.some((item) => item.reverse),
        section.key,
      ).toBe(true);
    }
  });

  it.each(RATED)("band %s as strength from 4.0, borderline from 3.0 and concern from 1.0", (id) => {
    expect(instrument(id).bands.map((band) => [band.key, band.min])).toEqual([
      ["strength", 4],
      ["borderline", 3],
      ["concern", 1],
    ]);
  });
});

describe("the partnership experience survey", () => {
  const experience = instrument("partnership-experience");
  const optionsOf = (id: string) =>
    itemsOf(experience)
      .find((item) => item.id === id)
      ?.options?.map((option) => option.key);

  it("asks what the 2002 study asked, with its answer lists and Table 5's benefits", () => {
    expect(itemsOf(experience).map((item) => [item.id, item.type])).toEqual([
      ["how_involved", "single"],
      ["motivations", "multiple"],
      ["satisfaction", "single"],
      ["expectations_met", "single"],
      ["benefits", "multiple"],
      ["success_factors", "multiple"],
      ["future_partnering", "single"],
      ["comments", "longtext"],
    ]);
    expect(optionsOf("how_involved")).toEqual(["approached_by_lead", "interagency_discussion", "approached_lead"]);
    expect(optionsOf("motivations")).toEqual(["concern_for_issue", "good_will_to_sponsor", "interagency_commitment", "other"]);
    expect(optionsOf("satisfaction")).toEqual(["very_well", "well", "neither", "badly", "very_badly"]);
    expect(optionsOf("expectations_met")).toEqual(["fully", "partially", "not_at_all"]);
    expect(optionsOf("benefits")).toEqual([
      "more_successful",
      "agency_benefits",
      "more_resources",
      "new_activities",
      "wider_picture",
      "common_goals",
    ]);
    expect(optionsOf("success_factors")).toEqual([
      "strong_leadership",
      "adequate_funding",
      "common_goals",
      "shared_values",
      "adequate_preparation",
      "shared_decision_making",
      "full_participation",
      "clear_mandate",
      "other",
    ]);
    expect(optionsOf("future_partnering")).toEqual(["yes", "no", "unsure"]);
    expect(itemsOf(experience).find((item) => item.id === "comments")?.required).toBe(false);
    expect([experience.scores, experience.bands]).toEqual([[], []]);
  });
});

describe("the built-in suggestions", () => {
  it("are keyed <instrument>.<score>.<n>, once each, and name an existing instrument and score", () => {
    expect(duplicates(BUILT_IN_SUGGESTIONS.map((each) => each.key))).toEqual([]);
    const wrong = BUILT_IN_SUGGESTIONS.filter(
      (each) =>
        !new RegExp(`^${each.instrument}\\.${each.score}\\.[1-9]\\d*$`).test(each.key) ||
        !BUILT_IN_INSTRUMENTS.some(
          (document) => document.id === each.instrument && document.scores.some((score) => score.key === each.score),
        ),
    );
    expect(wrong).toEqual([]);
  });

  it.each(RATED)("give every score of %s three or four steps", (id) => {
    const counts = instrument(id).scores.map((score) => [
      score.key,
      BUILT_IN_SUGGESTIONS.filter((each) => each.instrument === id && each.score === score.key).length,
    ]);
    expect(counts.filter(([, count]) => Number(count) < 3 || Number(count) > 4)).toEqual([]);
  });

  it("are single sentences of at most 160 characters, in both languages", () => {
    const wrong = BUILT_IN_SUGGESTIONS.flatMap((each) =>
      [each.text.en, each.text.fr]
        .filter((text) => text.length > 160 || !/^[A-ZÀ-Ý][^.\n]*\.$/u.test(text))
        .map((text) => `${each.key}: ${text}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe("French in the built-ins", () => {
  it("finds a missing or ordinary space before French punctuation", () => {
    expect(badlySpaced("Pourquoi ?")).toHaveLength(1);
    expect(badlySpaced("Note : texte")).toHaveLength(1);
    expect(badlySpaced("Pourquoi\u202f? Note\u00a0: texte")).toEqual([]);
  });

  it("spaces ; ! ? : as French does", () => {
    expect(ALL_TEXTS.flatMap(([path, text]) => badlySpaced(text.fr).map((problem) => `${path}: ${problem}`))).toEqual([]);
  });

  it("uses the typographic apostrophe throughout", () => {
    expect(ALL_TEXTS.filter(([, text]) => text.fr.includes("'")).map(([path, text]) => `${path}: ${text.fr}`)).toEqual([]);
  });

  it("never leaves a French text the same as its English one, except a word both languages share", () => {
    const shared = new Set(["Communication", "Leadership"]);
    expect(ALL_TEXTS.filter(([, text]) => text.en === text.fr && !shared.has(text.fr)).map(([path]) => path)).toEqual([]);
  });
});
