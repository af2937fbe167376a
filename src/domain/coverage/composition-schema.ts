// Validation of composition documents from outside (the API, the database). Every problem is
// reported under the path of the field at fault, e.g. "slots.2.sectors.0".
import { z } from "zod";
import { localizedText } from "../localized-text.js";
import { SECTORS } from "../vocabulary.js";
import { MAX_SLOTS, SLOT_KEY_PATTERN, type Composition } from "./composition.js";
import { rule } from "../validation.js";

const slotBase = {
  key: z
    .string()
    .max(40)
    .refine((value) => SLOT_KEY_PATTERN.test(value), rule("key")),
  label: localizedText(80),
  why: localizedText(600),
  required: z.boolean(),
};

const sectorSlotSchema = z.strictObject({
  kind: z.literal("sectors"),
  ...slotBase,
  sectors: z
    .array(z.enum(SECTORS))
    .min(1)
    .max(SECTORS.length)
    .superRefine((sectors, ctx) => {
      sectors.forEach((sector, index) => {
        if (sectors.indexOf(sector) !== index) ctx.addIssue({ code: "custom", path: [index], ...rule("listedTwice") });
      });
    }),
});

const mostAffectedSlotSchema = z.strictObject({ kind: z.literal("most_affected"), ...slotBase });
const criticSlotSchema = z.strictObject({ kind: z.literal("critic"), ...slotBase });

export const slotSchema = z.discriminatedUnion("kind", [sectorSlotSchema, mostAffectedSlotSchema, criticSlotSchema]);

export const compositionDocumentSchema = z
  .strictObject({
    slots: z
      .array(slotSchema)
      .min(1)
      .max(MAX_SLOTS),
  })
  .superRefine((composition, ctx) => {
    const seen = new Set<string>();
    const kinds = new Set<string>();
    composition.slots.forEach((slot, index) => {
      if (seen.has(slot.key)) ctx.addIssue({ code: "custom", path: ["slots", index, "key"], ...rule("slotKeyTaken") });
      seen.add(slot.key);
      // Two of these would always be filled or missing together: one of each says all there is.
      if (slot.kind !== "sectors" && kinds.has(slot.kind)) {
        ctx.addIssue({ code: "custom", path: ["slots", index, "kind"], ...rule("oneSlotOfKind", { kind: slot.kind }) });
      }
      kinds.add(slot.kind);
    });
  }) satisfies z.ZodType<Composition>;
