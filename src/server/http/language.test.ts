import { describe, expect, it } from "vitest";
import { preferredLanguage } from "./language.js";

describe("the language an Accept-Language header asks for", () => {
  it("takes the best weighted of English and French, whatever the region", () => {
    expect(preferredLanguage("fr-CA,fr;q=0.9")).toBe("fr");
    expect(preferredLanguage("en-CA,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(preferredLanguage("en;q=0.4, FR;q=0.8")).toBe("fr");
    expect(preferredLanguage("de-CH, fr;q=0.5, en;q=0.5")).toBe("fr");
  });

  it("names no language when the header is absent, names neither, or refuses them", () => {
    expect(preferredLanguage(undefined)).toBeNull();
    expect(preferredLanguage("")).toBeNull();
    expect(preferredLanguage("de-DE, *;q=0.5")).toBeNull();
    expect(preferredLanguage("fr;q=0")).toBeNull();
  });
});
