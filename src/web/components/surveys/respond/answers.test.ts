import { describe, expect, it } from "vitest";
import type { LocalizedInstrument } from "../../../../contracts/surveys.js";
import { answersToSend, isAnswered, itemsInOrder, problemsByItem, progressOf, withAnswer } from "./answers.js";

const item = (id: string, required: boolean) => ({
  id,
  type: "yesno",
  text: id,
  help: null,
  required,
  options: null,
  min: null,
  max: null,
});

const INSTRUMENT: LocalizedInstrument = {
  id: "sample",
  version: 1,
  title: "Sample",
  description: null,
  sections: [
    { key: "a", title: "A", description: null, items: [item("q1", true), item("q2", false)] },
    { key: "b", title: "B", description: null, items: [item("q3", true)] },
  ],
};

describe("the answers a form keeps", () => {
  it("counts a blank text and an empty set of choices as no answer, and zero as an answer", () => {
    expect([isAnswered(""), isAnswered("  "), isAnswered([]), isAnswered(null), isAnswered(undefined)]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([isAnswered(0), isAnswered("dont_know"), isAnswered(["a"])]).toEqual([true, true, true]);
  });

  it("removes an answer that becomes empty and sends it as null", () => {
    const answers = withAnswer(withAnswer({ q1: "yes" }, "q2", ["x"]), "q2", []);
    expect(answers).toEqual({ q1: "yes" });
    expect(answersToSend(answers, new Set(["q1", "q2"]))).toEqual({ q1: "yes", q2: null });
  });

  it("puts the server's problems by the item they name, the first one of each", () => {
    const { items, others } = problemsByItem([
      { field: "answers.q3", message: "Required" },
      { field: "answers.q3", message: "Second" },
      { field: "answers.q1.0", message: "Unknown option" },
      { field: "answers", message: "Something else" },
    ]);
    expect(items).toEqual({ q3: "Required", q1: "Unknown option" });
    expect(others).toEqual(["Something else"]);
  });

  it("lists items with problems in the order of the form, whatever the order of the problems", () => {
    expect(itemsInOrder(INSTRUMENT, ["q3", "q1"]).map((entry) => entry.id)).toEqual(["q1", "q3"]);
  });

  it("tells how many items are answered and how many required ones are left", () => {
    expect(progressOf(INSTRUMENT, { q2: "no" })).toEqual({ answered: 1, total: 3, requiredLeft: 2 });
    expect(progressOf(INSTRUMENT, { q1: "yes", q3: "no" })).toEqual({ answered: 2, total: 3, requiredLeft: 0 });
  });
});
