import { describe, expect, it } from "vitest";
import { proposingBands, proposeSteps } from "./action-proposals.js";
import { librarySuggestions } from "./suggestion-library.js";

const bands = [
  { key: "strength", min: 4 },
  { key: "borderline", min: 3 },
  { key: "concern", min: 1 },
];
const title = { en: "T", fr: "T" };
const library = librarySuggestions(
  [
    { key: "c.1", instrument: "hc", score: "communication", text: { en: "Meet", fr: "Se réunir" } },
    { key: "c.2", instrument: "hc", score: "communication", text: { en: "Write", fr: "Écrire" } },
    { key: "v.1", instrument: "hc", score: "vision", text: { en: "Vision", fr: "Vision" } },
  ],
  [],
);

describe("the steps a round's scores propose", () => {
  it("takes the lowest band, and the one above it on request where there are three bands or more", () => {
    expect(proposingBands(bands, false)).toEqual(["concern"]);
    expect(proposingBands(bands, true)).toEqual(["concern", "borderline"]);
    expect(proposingBands(bands.slice(0, 2), true)).toEqual(["borderline"]);
    expect(proposingBands([], true)).toEqual([]);
  });

  it("proposes the suggestions of a concern score not decided yet, and nothing for a score without a figure or in a strength", () => {
    const scores = [
      { key: "communication", title, mean: 2, band: "concern", steps: [{ suggestionKey: "c.1" }] },
      { key: "vision", title, mean: 3.33, band: "borderline", steps: [] },
      { key: "leadership", title, mean: null, band: null, steps: [] },
      { key: "flexibility", title, mean: 4.5, band: "strength", steps: [] },
    ];
    const concern = proposeSteps("hc", scores, ["concern"], library);
    expect(concern).toEqual([
      {
        key: "communication",
        title,
        mean: 2,
        band: "concern",
        suggestions: [{ key: "c.2", text: { en: "Write", fr: "Écrire" } }],
        steps: [{ suggestionKey: "c.1" }],
      },
    ]);
    expect(proposeSteps("hc", scores, ["concern", "borderline"], library).map((p) => p.key)).toEqual(["communication", "vision"]);
  });

  it("keeps a score whose step was decided when its band no longer proposes", () => {
    const scores = [{ key: "vision", title, mean: 3.33, band: "borderline", steps: [{ suggestionKey: "v.1" }] }];
    expect(proposeSteps("hc", scores, ["concern"], library)).toMatchObject([
      { key: "vision", suggestions: [], steps: [{ suggestionKey: "v.1" }] },
    ]);
  });
});
