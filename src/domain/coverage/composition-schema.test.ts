import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { messageOfIssue } from "../validation.js";
import { SECTORS } from "../vocabulary.js";
import { compositionDocumentSchema } from "./composition-schema.js";
import { DEFAULT_COMPOSITION } from "./default-composition.js";


/** An issue as "path: key", with its values when it has any. */
function described(issue: z.core.$ZodIssue, input: unknown): string {
  const { key, values } = messageOfIssue(issue, { value: input });
  return `${issue.path.join(".")}: ${key}${values ? ` ${JSON.stringify(values)}` : ""}`;
}

const text = { en: "Text", fr: "Texte" };
const slot = (overrides: Record<string, unknown> = {}) => ({ kind: "sectors", key: "police", label: text, why: text, required: true, sectors: ["police"], ...overrides });

function problems(document: unknown): string[] {
  const result = compositionDocumentSchema.safeParse(document);
  if (result.success) return [];
  return result.error.issues.map((issue) => described(issue, document));
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
      `slots.0.sectors.1: oneOf ${JSON.stringify({ values: SECTORS.join(", ") })}`,
      "slots.1.key: key",
      "slots.1.label.en: required",
      "slots.1.label.fr: required",
      'slots.2.sectors: tooFew {"count":1}',
      'slots.3.kind: oneOf {"values":"sectors, most_affected, critic"}',
      "slots.4.required: boolean",
      "slots.4.sectors.1: listedTwice",
    ]);
  });

  it("refuses a key used twice and a second critic or most-affected seat", () => {
    const critic = { kind: "critic", key: "critic", label: text, why: text, required: false };
    expect(problems({ slots: [slot(), slot(), critic, { ...critic, key: "critic_two" }] })).toEqual([
      "slots.1.key: slotKeyTaken",
      'slots.3.kind: oneSlotOfKind {"kind":"critic"}',
    ]);
  });

  it("refuses an empty composition, unknown fields and sectors on a critic seat", () => {
    expect(problems({ slots: [] })).toEqual(['slots: tooFew {"count":1}']);
    expect(problems({ slots: [slot()], owner: "me" })[0]).toBe(': unknownFields {"fields":"owner"}');
    expect(problems({ slots: [{ kind: "critic", key: "critic", label: text, why: text, required: true, sectors: ["police"] }] })[0]).toBe('slots.0: unknownFields {"fields":"sectors"}');
  });
});
