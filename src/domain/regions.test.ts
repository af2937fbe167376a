import { describe, expect, it } from "vitest";
import { regionLabel } from "./regions.js";

describe("regionLabel", () => {
  it("names a known region in the page's language, whichever language it was written in", () => {
    expect(regionLabel("Quebec", "fr")).toBe("Québec");
    expect(regionLabel("Québec", "en")).toBe("Quebec");
    expect(regionLabel("prince edward island", "fr")).toBe("Île-du-Prince-Édouard");
    expect(regionLabel("B.C. & Yukon", "fr")).toBe("C.-B. et Yukon");
  });

  it("shows any other region as it was written", () => {
    expect(regionLabel("Greater Sudbury", "fr")).toBe("Greater Sudbury");
  });
});
