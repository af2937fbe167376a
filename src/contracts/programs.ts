import { z } from "zod";
import { programAbilitiesSchema } from "./abilities.js";
import { idSchema, optionalName, optionalText, pageOf, paginationQuerySchema, requiredName, sortOrderSchema, text } from "./common.js";
import { rule } from "../domain/validation.js";
import { thresholdSchema } from "./surveys.js";

/** A program's code: letters, digits, - and _, never starting like a formula. */
export const programCodeSchema = requiredName(20).pipe(z.string().refine((value) => /^[A-Za-z0-9_-]+$/.test(value), rule("programCode")));
/** A program's name, also what an import names a program by (its code or its name). */
export const programNameSchema = requiredName(200);

export const programCreateSchema = z.strictObject({
  code: programCodeSchema,
  name: programNameSchema,
  /** The name in French, shown on French pages; left out or null where the program has one name. */
  nameFr: optionalName(200),
  description: optionalText(4000),
  /** Submitted responses a survey result needs before it is shown, for the program's rounds (3 unless set higher). */
  surveyThreshold: thresholdSchema.optional(),
});
export type ProgramCreate = z.infer<typeof programCreateSchema>;
export const programUpdateSchema = programCreateSchema.partial();
export type ProgramUpdate = z.infer<typeof programUpdateSchema>;

export const programSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  nameFr: z.string().nullable(),
  description: z.string().nullable(),
  surveyThreshold: z.number().int(),
  partnershipCount: z.number().int(),
  abilities: programAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Program = z.infer<typeof programSchema>;

export const programListQuerySchema = paginationQuerySchema.extend({
  q: text(200).optional(),
  sort: z.enum(["code", "name", "createdAt"]).default("code"),
  order: sortOrderSchema,
});
export type ProgramListQuery = z.infer<typeof programListQuerySchema>;
export const programPageSchema = pageOf(programSchema);
