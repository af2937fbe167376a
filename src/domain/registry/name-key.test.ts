import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { likePattern, nameKey } from "./name-key.js";

describe("nameKey", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(nameKey("  Service de police  de MONTRÉAL ")).toBe("service de police de montreal");
    expect(nameKey("Société de l’aide à l’enfance")).toBe(nameKey("societe de l’aide a l’enfance"));
  });

  it("keeps scripts without case or accents as they are", () => {
    expect(nameKey("مركز الشباب")).toBe("مركز الشباب");
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (name) => nameKey(nameKey(name)) === nameKey(name)));
  });
});

describe("likePattern", () => {
  it("escapes wildcards so that they match literally", () => {
    expect(likePattern("100% _safe_")).toBe("%100\\% \\_safe\\_%");
  });
});
