import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasBidiControl, hasControlCharacter, hasLoneSurrogate, looksLikeFormula } from "./text-rules.js";

describe("what text may hold", () => {
  it("finds every C0 and C1 control and DEL, keeping line breaks and tabs only in free text", () => {
    for (const code of [0x00, 0x07, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f]) {
      const value = `a${String.fromCharCode(code)}b`;
      expect(hasControlCharacter(value), value).toBe(true);
      expect(hasControlCharacter(value, { multiline: true }), value).toBe(true);
    }
    for (const value of ["a\nb", "a\tb", "a\r\nb"]) {
      expect(hasControlCharacter(value)).toBe(true);
      expect(hasControlCharacter(value, { multiline: true })).toBe(false);
    }
    expect(hasControlCharacter("Ville de Lévis — Sécurité\u00a0: 2.0 😀")).toBe(false);
  });

  it("finds direction overrides and isolates everywhere, and the marks where they are not allowed", () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(hasBidiControl(`x${String.fromCharCode(code)}y`)).toBe(true);
    }
    for (const mark of ["\u200e", "\u200f", "\u061c"]) {
      expect(hasBidiControl(`x${mark}y`)).toBe(false);
      expect(hasBidiControl(`x${mark}y`, { marks: true })).toBe(true);
    }
    expect(hasBidiControl("مركز الشباب", { marks: true })).toBe(false);
  });

  it("finds a surrogate alone, never one of a pair", () => {
    expect(hasLoneSurrogate("\ud800")).toBe(true);
    expect(hasLoneSurrogate("a\udc00")).toBe(true);
    expect(hasLoneSurrogate("\udc00\ud800")).toBe(true);
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (value) => !hasLoneSurrogate(value)));
  });

  it("reads as a formula what a spreadsheet would run", () => {
    for (const value of ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "  =1", "\uff1d1"])
      expect(looksLikeFormula(value), value).toBe(true);
    for (const value of ["Ville de Lévis", "'Namgis Youth Centre", "(Re)Start", "2-Spirit Collective", "a=b"]) {
      expect(looksLikeFormula(value), value).toBe(false);
    }
  });
});
