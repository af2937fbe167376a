import { describe, expect, it } from "vitest";
import { withScheme } from "./website.js";

describe("withScheme", () => {
  it("adds https:// to an address typed without a scheme", () => {
    expect(withScheme("www.ville.levis.qc.ca")).toBe("https://www.ville.levis.qc.ca");
    expect(withScheme("youth.example.org/about?lang=fr")).toBe("https://youth.example.org/about?lang=fr");
    expect(withScheme("//example.org")).toBe("https://example.org");
  });

  it("keeps an address that already has its scheme", () => {
    expect(withScheme("http://example.org")).toBe("http://example.org");
    expect(withScheme("HTTPS://Example.org/")).toBe("HTTPS://Example.org/");
  });

  it("keeps what does not look like a web address, and null", () => {
    expect(withScheme("see our Facebook page")).toBe("see our Facebook page");
    expect(withScheme("mailto:info@example.org")).toBe("mailto:info@example.org");
    expect(withScheme(null)).toBeNull();
  });
});
