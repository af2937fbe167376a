import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildInstrumentDocument } from "../../../test/support/survey-instruments-factories.js";
import { checkAnswers } from "./answers.js";
import { itemsOf, type InstrumentItem } from "./instrument.js";

const instrument = buildInstrumentDocument();
const keysOf = (check: ReturnType<typeof checkAnswers>) => check.problems.map((problem) => `${problem.path[1]}: ${problem.key}`);

describe("checkAnswers", () => {
  it("keeps every valid value, trims text and lists choices in the instrument's order", () => {
    const answers = {
      trust_1: 5,
      trust_2: "dont_know",
      role: "member",
      benefits: ["skills", "funding"],
      again: "no",
      staff: 12.5,
      summary: "  Solid  ",
      comments: "Line one\nLine two",
    };
    expect(checkAnswers(instrument, answers, { submitting: true })).toEqual({
      answers: { ...answers, summary: "Solid", benefits: ["funding", "skills"] },
      problems: [],
    });
  });

  it("removes what is null, empty text or no choice", () => {
    expect(checkAnswers(instrument, { trust_1: null, summary: "   ", benefits: [] }, { submitting: false })).toEqual({
      answers: {},
      problems: [],
    });
  });

  it("names each value outside its item's type, and keeps the others", () => {
    const check = checkAnswers(
      instrument,
      {
        trust_1: 6,
        trust_2: 2.5,
        role: "boss",
        benefits: ["funding", "funding"],
        again: true,
        staff: 501,
        summary: "two\nlines",
        comments: "x".repeat(5001),
        nope: 1,
      },
      { submitting: false },
    );
    expect(check.answers).toEqual({});
    expect(keysOf(check)).toEqual([
      "trust_1: outOfScale",
      "trust_2: outOfScale",
      "role: unknownOption",
      "benefits: optionTwice",
      "again: yesNo",
      "staff: aboveMax",
      "summary: oneLine",
      "comments: tooLong",
      "nope: unknownItem",
    ]);
    expect(check.problems[2]).toEqual({ path: ["answers", "role"], key: "unknownOption", values: { option: "boss" } });
    expect(check.problems[5]).toEqual({ path: ["answers", "staff"], key: "aboveMax", values: { max: 500 } });
    expect(
      keysOf(checkAnswers(instrument, { staff: -1, benefits: "funding", role: 1, summary: "a\u0000b" }, { submitting: false })),
    ).toEqual(["staff: belowMin", "benefits: wrongType", "role: wrongType", "summary: invalidText"]);
  });

  it("checks required items only when submitting, once per item", () => {
    expect(checkAnswers(instrument, { trust_2: 3 }, { submitting: false }).problems).toEqual([]);
    expect(keysOf(checkAnswers(instrument, { trust_2: 3, role: "nobody" }, { submitting: true }))).toEqual([
      "role: unknownOption",
      "trust_1: required",
    ]);
  });

  it("counts 500 characters, not UTF-16 units, against a text item", () => {
    expect(checkAnswers(instrument, { summary: "é".repeat(500) }, { submitting: false }).problems).toEqual([]);
    expect(checkAnswers(instrument, { summary: "😀".repeat(500) }, { submitting: false }).problems).toEqual([]);
    expect(keysOf(checkAnswers(instrument, { summary: "😀".repeat(501) }, { submitting: false }))).toEqual(["summary: tooLong"]);
  });

  /** Whether a kept value is one the item's type allows. */
  function fits(item: InstrumentItem, value: unknown): boolean {
    const options = (item.options ?? []).map((option) => option.key);
    switch (item.type) {
      case "agreement5":
        return value === "dont_know" || (Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 5);
      case "single":
        return typeof value === "string" && options.includes(value);
      case "multiple":
        return (
          Array.isArray(value) && value.length > 0 && new Set(value).size === value.length && value.every((key) => options.includes(key))
        );
      case "yesno":
        return value === "yes" || value === "no";
      case "number":
        return typeof value === "number" && value >= (item.min ?? -Infinity) && value <= (item.max ?? Infinity);
      case "text":
        return typeof value === "string" && value.length > 0 && [...value].length <= 500 && !/[\n\r]/.test(value);
      case "longtext":
        return typeof value === "string" && value.length > 0 && [...value].length <= 5000;
    }
  }

  const anyValue = fc.oneof(
    fc.constantFrom(null, "dont_know", "yes", "no", "lead", "member", "funding", "", true, 0, 1, 5, 6),
    fc.double(),
    fc.integer({ min: -10, max: 600 }),
    fc.string({ maxLength: 30 }),
    fc.array(fc.constantFrom("funding", "contacts", "skills", "other", 3), { maxLength: 4 }),
    fc.object({ maxDepth: 1 }),
  );
  const ids = [...itemsOf(instrument).map((item) => item.id), "unknown", "__proto__", "constructor"];

  it("never keeps a value outside its item's type, and names every value it drops", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), anyValue), fc.boolean(), (answers, submitting) => {
        const check = checkAnswers(instrument, answers, { submitting });
        const items = new Map(itemsOf(instrument).map((item) => [item.id, item]));
        for (const [id, value] of Object.entries(check.answers)) {
          const item = items.get(id);
          expect(item && fits(item, value)).toBe(true);
        }
        for (const [id, value] of Object.entries(answers)) {
          const kept = Object.hasOwn(check.answers, id);
          const named = check.problems.some((problem) => problem.path[1] === id && problem.key !== "required");
          expect(kept && named).toBe(false);
          if (!kept && !named)
            expect(
              value === null ||
                value === "" ||
                (typeof value === "string" && value.trim() === "") ||
                (Array.isArray(value) && value.length === 0),
            ).toBe(true);
        }
      }),
    );
  });

  it("answers the same when its own answers are checked again", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), anyValue), (answers) => {
        const first = checkAnswers(instrument, answers, { submitting: false });
        expect(checkAnswers(instrument, first.answers, { submitting: false })).toEqual({ answers: first.answers, problems: [] });
      }),
    );
  });
});
