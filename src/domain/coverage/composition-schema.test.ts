import { describe, expect, it } from "vitest";
import { compositionDocumentSchema } from "./composition-schema.js";
import { DEFAULT_COMPOSITION } from "./default-composition.js";

const text = { en: "Text", fr: "Texte" };
const slot = (overrides: Record<string, unknown> = {}) => ({ kind: "sectors", key: "police", label: text, why: text, required: true, sectors: ["police"], ...overrides });

function problems(document: unknown): string[] {
  const result = compositionDocumentSchema.safeParse(document);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("composition documents", () => {
  it("accepts the default composition as it is", () => {
    expect(compositionDocumentSchema.parse(DEFAULT_COMPOSITION)).toEqual(DEFAULT_COMPOSITION);
  });

  it("keeps the default's keys unique and its seats in the order of the guidance", () => {
    expect(DEFAULT_COMPOSITION.slots.map((entry) => entry.key)).toEqual([
      "police",
      "schools",
      "health",
      "social_services",
      "justice",
      "municipality",
      "faith",
      "business_security",
      "community",
      "most_affected",
      "critic",
    ]);
  });

  it("names the field of each problem", () => {
    expect(
      problems({
        slots: [
          slot({ sectors: ["police", "constables"] }),
          slot({ key: "Police Seat", label: { en: "" } }),
          slot({ key: "police", sectors: [] }),
          slot({ kind: "chair", key: "chair" }),
          slot({ key: "courts", sectors: ["courts", "courts"], required: "yes" }),
        ],
      }),
    ).toEqual([
      "slots.0.sectors.1: must be one of the listed sectors",
      "slots.1.key: must start with a lowercase letter and hold only lowercase letters, digits and _",
      "slots.1.label.en: is required",
      "slots.1.label.fr: must be text",
      "slots.2.sectors: must list at least one sector",
      'slots.3.kind: must have a kind of "sectors", "most_affected" or "critic"',
      "slots.4.required: must be true or false",
      "slots.4.sectors.1: is listed twice",
    ]);
  });

  it("refuses a key used twice and a second critic or most-affected seat", () => {
    const critic = { kind: "critic", key: "critic", label: text, why: text, required: false };
    expect(problems({ slots: [slot(), slot(), critic, { ...critic, key: "critic_two" }] })).toEqual([
      "slots.1.key: is used by another slot",
      'slots.3.kind: may be "critic" for one slot only',
    ]);
  });

  it("refuses an empty composition, unknown fields and sectors on a critic seat", () => {
    expect(problems({ slots: [] })).toEqual(["slots: must hold at least one slot"]);
    expect(problems({ slots: [slot()], owner: "me" })[0]).toMatch(/^: .*owner/);
    expect(problems({ slots: [{ kind: "critic", key: "critic", label: text, why: text, required: true, sectors: ["police"] }] })[0]).toMatch(/^slots\.0: .*sectors/);
  });
});
