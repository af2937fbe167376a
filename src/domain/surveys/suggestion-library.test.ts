import { describe, expect, it } from "vitest";
import { librarySuggestions, nextSuggestionPosition, type SuggestionRowInput } from "./suggestion-library.js";

const builtIns = [
  {
    key: "hc.communication.1",
    instrument: "health-check",
    score: "communication",
    text: { en: "Meet monthly", fr: "Se réunir chaque mois" },
  },
  {
    key: "hc.communication.2",
    instrument: "health-check",
    score: "communication",
    text: { en: "Share minutes", fr: "Diffuser les procès-verbaux" },
  },
  { key: "hc.vision.1", instrument: "health-check", score: "vision", text: { en: "Write the vision", fr: "Écrire la vision" } },
];
const row = (overrides: Partial<SuggestionRowInput>): SuggestionRowInput => ({
  id: "row-1",
  builtInKey: null,
  instrument: "health-check",
  score: "communication",
  text: { en: "Added", fr: "Ajoutée" },
  hidden: false,
  position: 3,
  version: 1,
  ...overrides,
});

describe("the library of suggestions", () => {
  it("lists built-in suggestions at version 0 in their order when no administrator changed them", () => {
    expect(
      librarySuggestions(builtIns, [], { score: "communication" }).map((s) => [s.key, s.position, s.version, s.builtIn, s.edited]),
    ).toEqual([
      ["hc.communication.1", 1, 0, true, false],
      ["hc.communication.2", 2, 0, true, false],
    ]);
  });

  it("rewords a built-in suggestion by its row, keeps its key and reports it edited", () => {
    const [first] = librarySuggestions(
      builtIns,
      [
        row({
          builtInKey: "hc.communication.1",
          text: { en: "Meet every two weeks", fr: "Se réunir aux deux semaines" },
          position: 1,
          version: 2,
        }),
      ],
      {
        score: "communication",
      },
    );
    expect(first).toMatchObject({
      key: "hc.communication.1",
      text: { en: "Meet every two weeks" },
      edited: true,
      version: 2,
      builtIn: true,
    });
  });

  it("leaves a hidden built-in suggestion out, unless hidden ones are asked for", () => {
    const rows = [
      row({
        builtInKey: "hc.communication.2",
        text: { en: "Share minutes", fr: "Diffuser les procès-verbaux" },
        hidden: true,
        position: 2,
      }),
    ];
    expect(librarySuggestions(builtIns, rows, { score: "communication" }).map((s) => s.key)).toEqual(["hc.communication.1"]);
    const all = librarySuggestions(builtIns, rows, { score: "communication", hidden: true });
    expect(all.map((s) => [s.key, s.hidden, s.edited])).toEqual([
      ["hc.communication.1", false, false],
      ["hc.communication.2", true, false],
    ]);
  });

  it("adds the rows without a built-in key under their own id, ordered by position, and filters by instrument and score", () => {
    const rows = [
      row({ id: "added-b", position: 3 }),
      row({ id: "added-a", position: 0 }),
      row({ id: "elsewhere", instrument: "capacity-self-assessment", score: "data" }),
    ];
    expect(librarySuggestions(builtIns, rows, { instrument: "health-check", score: "communication" }).map((s) => s.key)).toEqual([
      "added-a",
      "hc.communication.1",
      "hc.communication.2",
      "added-b",
    ]);
    expect(librarySuggestions(builtIns, rows).map((s) => s.key)).toEqual([
      "elsewhere",
      "added-a",
      "hc.communication.1",
      "hc.communication.2",
      "added-b",
      "hc.vision.1",
    ]);
  });

  it("places a new suggestion after the last of its score", () => {
    const library = librarySuggestions(builtIns, [row({ position: 7 })]);
    expect(nextSuggestionPosition(library, "health-check", "communication")).toBe(8);
    expect(nextSuggestionPosition(library, "health-check", "leadership")).toBe(1);
  });
});
