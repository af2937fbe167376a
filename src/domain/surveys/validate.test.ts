import { describe, expect, it } from "vitest";
import { buildChecklistDocument, buildInstrumentDocument } from "../../../test/support/survey-instruments-factories.js";
import { validateInstrument } from "./validate.js";

/** Every problem as "path: key", with its values when it has any. */
function problemsOf(input: unknown): string[] {
  const result = validateInstrument(input);
  if (result.ok) return [];
  return result.problems.map(({ path, key, values }) => `${path.join(".")}: ${key}${values ? ` ${JSON.stringify(values)}` : ""}`);
}

describe("validateInstrument", () => {
  it("accepts a sound document and yields it unchanged", () => {
    const document = buildInstrumentDocument();
    expect(validateInstrument(JSON.parse(JSON.stringify(document)))).toEqual({ ok: true, instrument: document });
    expect(validateInstrument(buildChecklistDocument()).ok).toBe(true);
  });

  it("names a missing French text, anywhere, by its path", () => {
    const document = buildInstrumentDocument();
    const item = document.sections[1]?.items[0];
    if (!item?.options?.[1]) throw new Error("fixture");
    item.options[1].label = { en: "Member", fr: "" };
    const input = JSON.parse(JSON.stringify({ ...document, title: { en: "City pulse" } }));
    expect(problemsOf(input)).toEqual(["title.fr: required", "sections.1.items.0.options.1.label.fr: required"]);
  });

  it("names a missing English text and a foreign field", () => {
    const input = { ...buildInstrumentDocument(), bands: [{ key: "high", label: { fr: "Haut" }, min: 4, colour: "green" }] };
    expect(problemsOf(input)).toEqual(["bands.0.label.en: required", 'bands.0: unknownFields {"fields":"colour"}']);
  });

  it("refuses keys used twice: sections, items across sections, options, scores and bands", () => {
    const document = buildInstrumentDocument();
    const [trust, about] = document.sections;
    if (!trust || !about) throw new Error("fixture");
    about.key = "trust";
    about.items[2] = { ...about.items[2], id: "trust_1", type: "yesno", text: about.items[2]?.text ?? trust.title, required: false };
    const benefits = about.items[1];
    if (!benefits?.options?.[2]) throw new Error("fixture");
    benefits.options[2].key = "funding";
    document.scores.push({ ...document.scores[0], key: "trust", title: trust.title, items: ["trust_1"] });
    document.bands[2] = { key: "strength", label: trust.title, min: 1 };
    expect(problemsOf(document)).toEqual([
      'sections.1.key: instrumentKeyTaken {"key":"trust"}',
      'sections.1.items.1.options.2.key: instrumentKeyTaken {"key":"funding"}',
      'sections.1.items.2.id: instrumentKeyTaken {"key":"trust_1"}',
      'scores.1.key: instrumentKeyTaken {"key":"trust"}',
      'bands.2.key: instrumentKeyTaken {"key":"strength"}',
    ]);
  });

  it("refuses a score naming an unknown item, a non-agreement item or one item twice", () => {
    const document = buildInstrumentDocument({
      scores: [{ key: "trust", title: { en: "Trust", fr: "Confiance" }, items: ["trust_1", "trust_3", "role", "trust_1"] }],
    });
    expect(problemsOf(document)).toEqual([
      'scores.0.items.1: scoreItemUnknown {"item":"trust_3"}',
      'scores.0.items.2: scoreItemNotAgreement {"item":"role"}',
      "scores.0.items.3: listedTwice",
    ]);
  });

  it("refuses bands out of order, with equal mins, or outside the scale", () => {
    const label = { en: "Band", fr: "Tranche" };
    const document = buildInstrumentDocument({
      bands: [
        { key: "a", label, min: 3 },
        { key: "b", label, min: 4 },
        { key: "c", label, min: 4 },
        { key: "d", label, min: 0.5 },
      ],
    });
    expect(problemsOf(document)).toEqual(["bands.1.min: bandsOrder", "bands.2.min: bandsOrder", "bands.3.min: bandMinScale"]);
    expect(problemsOf(buildInstrumentDocument({ bands: [{ key: "top", label, min: 5.5 }] }))).toEqual(["bands.0.min: bandMinScale"]);
    expect(
      problemsOf(
        buildInstrumentDocument({
          bands: [
            { key: "top", label, min: 5 },
            { key: "low", label, min: 1 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it("keeps options, reverse and bounds to the types they belong to", () => {
    const document = buildInstrumentDocument();
    const about = document.sections[1];
    if (!about) throw new Error("fixture");
    const options = [
      { key: "x", label: { en: "X", fr: "X" } },
      { key: "y", label: { en: "Y", fr: "Y" } },
    ];
    about.items = [
      { id: "single_bare", type: "single", text: about.title, required: false },
      { id: "multiple_bare", type: "multiple", text: about.title, required: false },
      { id: "yes_with_options", type: "yesno", text: about.title, required: false, options, reverse: false },
      { id: "text_bounded", type: "text", text: about.title, required: false, min: 1, max: 3 },
      { id: "number_upside_down", type: "number", text: about.title, required: false, min: 10, max: 2 },
      { id: "number_point", type: "number", text: about.title, required: false, min: 2, max: 2 },
    ];
    expect(problemsOf(document)).toEqual([
      'sections.1.items.0.options: optionsMissing {"type":"single"}',
      'sections.1.items.1.options: optionsMissing {"type":"multiple"}',
      'sections.1.items.2.options: optionsNotAllowed {"type":"yesno"}',
      'sections.1.items.2.reverse: reverseNotAllowed {"type":"yesno"}',
      'sections.1.items.3.min: boundsNotAllowed {"type":"text"}',
      'sections.1.items.3.max: boundsNotAllowed {"type":"text"}',
      "sections.1.items.4.max: boundsOrder",
    ]);
  });

  it("keeps perspective wording to the involvement purpose, whose items are yesno indicators", () => {
    const checklist = buildChecklistDocument();
    const plain = buildInstrumentDocument({ sections: checklist.sections });
    expect(problemsOf(plain)).toEqual([
      "sections.0.items.0.perspectiveText: perspectiveTextNotAllowed",
      'scores.0.items.0: scoreItemUnknown {"item":"trust_1"}',
      'scores.0.items.1: scoreItemUnknown {"item":"trust_2"}',
    ]);
    const section = checklist.sections[0];
    if (!section) throw new Error("fixture");
    section.items.push(
      { id: "exchanges_resources", type: "yesno", text: section.title, required: false },
      { id: "shared_vision", type: "agreement5", text: section.title, required: false },
    );
    expect(problemsOf(checklist)).toEqual([
      'sections.0.items.2.id: involvementItemId {"item":"exchanges_resources"}',
      "sections.0.items.3.type: involvementItemType",
      'sections.0.items.3.id: involvementItemId {"item":"shared_vision"}',
    ]);
  });

  it("refuses what is not a document at all", () => {
    expect(problemsOf(null)).toEqual([": required"]);
    expect(problemsOf([])).toEqual([": object"]);
    expect(problemsOf({ ...buildInstrumentDocument(), id: "Xyz", version: 0, sections: [] })).toEqual([
      "id: instrumentId",
      'version: tooSmall {"min":1}',
      'sections: tooFew {"count":1}',
      'scores.0.items.0: scoreItemUnknown {"item":"trust_1"}',
      'scores.0.items.1: scoreItemUnknown {"item":"trust_2"}',
    ]);
    expect(problemsOf({ ...buildInstrumentDocument(), sections: "none" })).toEqual(["sections: list"]);
  });
});
