// Validation of composition documents from outside (the API, the database). Every problem is
// reported under the path of the field at fault, e.g. "slots.2.sectors.0".
import { z } from "zod";
import { localizedText } from "../localized-text.js";
import { SECTORS } from "../vocabulary.js";
import { MAX_SLOTS, SLOT_KEY_PATTERN, type Composition } from "./composition.js";

const slotBase = {
  key: z
    .string({ error: "must be text" })
    .max(40, { error: "must be at most 40 characters" })
    .regex(SLOT_KEY_PATTERN, { error: "must start with a lowercase letter and hold only lowercase letters, digits and _" }),
  label: localizedText(80, { strict: true }),
  why: localizedText(600, { strict: true }),
  required: z.boolean({ error: "must be true or false" }),
};

const sectorSlotSchema = z.strictObject({
  kind: z.literal("sectors"),
  ...slotBase,
  sectors: z
    .array(z.enum(SECTORS, { error: "must be one of the listed sectors" }), { error: "must be a list of sectors" })
    .min(1, { error: "must list at least one sector" })
    .max(SECTORS.length, { error: `must list at most ${SECTORS.length} sectors` })
    .superRefine((sectors, ctx) => {
      sectors.forEach((sector, index) => {
        if (sectors.indexOf(sector) !== index) ctx.addIssue({ code: "custom", path: [index], message: "is listed twice" });
      });
    }),
});

const mostAffectedSlotSchema = z.strictObject({ kind: z.literal("most_affected"), ...slotBase });
const criticSlotSchema = z.strictObject({ kind: z.literal("critic"), ...slotBase });

export const slotSchema = z.discriminatedUnion("kind", [sectorSlotSchema, mostAffectedSlotSchema, criticSlotSchema], {
  error: 'must have a kind of "sectors", "most_affected" or "critic"',
});

export const compositionDocumentSchema = z
  .strictObject({
    slots: z
      .array(slotSchema, { error: "must be a list of slots" })
      .min(1, { error: "must hold at least one slot" })
      .max(MAX_SLOTS, { error: `must hold at most ${MAX_SLOTS} slots` }),
  })
  .superRefine((composition, ctx) => {
    const seen = new Set<string>();
    const kinds = new Set<string>();
    composition.slots.forEach((slot, index) => {
      if (seen.has(slot.key)) ctx.addIssue({ code: "custom", path: ["slots", index, "key"], message: "is used by another slot" });
      seen.add(slot.key);
      // Two of these would always be filled or missing together: one of each says all there is.
      if (slot.kind !== "sectors" && kinds.has(slot.kind)) {
        ctx.addIssue({ code: "custom", path: ["slots", index, "kind"], message: `may be "${slot.kind}" for one slot only` });
      }
      kinds.add(slot.kind);
    });
  }) satisfies z.ZodType<Composition>;
