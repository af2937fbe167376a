import { describe, expect, it } from "vitest";
import { programCodeFrom } from "./program-code.js";

describe("programCodeFrom", () => {
  it("spells a one-word name without its accents rather than cutting it to one letter", () => {
    expect(programCodeFrom("Bêta")).toBe("BETA");
    expect(programCodeFrom("  Équité ")).toBe("EQUITE");
  });

  it("takes the initials of a longer name, and keeps a text that is already a code", () => {
    expect(programCodeFrom("Business Action Program")).toBe("BAP");
    expect(programCodeFrom("Programme d'action en sécurité")).toBe("PDAES");
    expect(programCodeFrom("CMP-2")).toBe("CMP-2");
  });

  it("falls back to a word when the name has no letter or digit a code can hold", () => {
    expect(programCodeFrom("—")).toBe("PROGRAM");
  });
});
