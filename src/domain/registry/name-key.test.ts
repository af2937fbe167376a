import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { likePattern, nameKey } from "./name-key.js";

/** Pairs of spellings that word processors and keyboards turn into one another. */
const SUBSTITUTIONS: readonly (readonly [string, string])[] = [
  ["'", "\u2019"],
  ["'", "\u2018"],
  ["'", "\u02BC"],
  ["'", "`"],
  ['"', "\u201C"],
  ['"', "\u201D"],
  ['"', "\u00AB"],
  ['"', "\u00BB"],
  ["-", "\u2010"],
  ["-", "\u2011"],
  ["-", "\u2013"],
  ["-", "\u2014"],
  ["-", "\u2212"],
  [" ", "\u00A0"],
  [" ", "\u202F"],
  [" ", "\u2009"],
  ["oe", "\u0153"],
  ["OE", "\u0152"],
  ["ae", "\u00E6"],
  ["AE", "\u00C6"],
  ["ss", "\u00DF"],
  ["fi", "\uFB01"],
  ["...", "\u2026"],
];

const plainName = fc
  .array(fc.constantFrom("a", "B", "é", "o", "e", " ", "'", '"', "-", "s", "f", "i", ".", "Z", "d"), { maxLength: 30 })
  .map((chars) => chars.join(""));

describe("nameKey", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(nameKey("  Service de police  de MONTRÉAL ")).toBe("service de police de montreal");
    expect(nameKey("Société de l’aide à l’enfance")).toBe(nameKey("societe de l'aide a l'enfance"));
  });

  it("reads curly apostrophes and quotes as straight ones", () => {
    expect(nameKey("Centre d’action")).toBe(nameKey("Centre d'action"));
    expect(nameKey("Maison « L’Escale »")).toBe(nameKey('Maison " L\'Escale "'));
    expect(nameKey("“Safe Streets” Coalition")).toBe(nameKey('"Safe Streets" Coalition'));
  });

  it("spells out ligatures and the sharp s", () => {
    expect(nameKey("Œuvre de la soupe")).toBe(nameKey("Oeuvre de la soupe"));
    expect(nameKey("Cæsar Youth Centre")).toBe(nameKey("Caesar Youth Centre"));
    expect(nameKey("Nordstraße Verein")).toBe(nameKey("Nordstrasse Verein"));
    expect(nameKey("ﬁrst ﬂoor")).toBe("first floor");
  });

  it("reads every dash as a hyphen and non-breaking spaces as spaces", () => {
    expect(nameKey("Hamilton Police Service — Community Mobilization")).toBe(nameKey("Hamilton Police Service - Community Mobilization"));
    expect(nameKey("Saint‑Jean–sur‑Richelieu")).toBe("saint-jean-sur-richelieu");
    expect(nameKey("Centre\u00A0d’action\u202F:")).toBe("centre d'action :");
  });

  it("drops characters that cannot be seen", () => {
    expect(nameKey("Safe\u200BStreets\u00AD")).toBe("safestreets");
  });

  it("keeps scripts without case or accents as they are", () => {
    expect(nameKey("مركز الشباب")).toBe("مركز الشباب");
  });

  it("is idempotent on any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (name) => nameKey(nameKey(name)) === nameKey(name)));
    fc.assert(fc.property(plainName, (name) => nameKey(nameKey(name)) === nameKey(name)));
  });

  it("gives the same key whichever spelling of a character a name uses", () => {
    const part = fc.oneof(
      plainName.map((text) => [text, text] as const),
      fc.constantFrom(...SUBSTITUTIONS),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (parts) => {
        const plain = parts.map(([text]) => text).join(" ");
        const fancy = parts.map(([, text]) => text).join(" ");
        return nameKey(plain) === nameKey(fancy);
      }),
    );
  });
});

describe("likePattern", () => {
  it("escapes wildcards so that they match literally", () => {
    expect(likePattern("100% _safe_")).toBe("%100\\% \\_safe\\_%");
  });
});
