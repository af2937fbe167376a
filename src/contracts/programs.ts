import { z } from "zod";
import { programAbilitiesSchema } from "./abilities.js";
import { idSchema, optionalText, pageOf, paginationQuerySchema, requiredText, sortOrderSchema, text } from "./common.js";
import { rule } from "../domain/validation.js";

export const programCreateSchema = z.object({
  code: requiredText(20).pipe(z.string().refine((value) => /^[A-Za-z0-9_-]+$/.test(value), rule("programCode"))),
  name: requiredText(200),
  /** The name in French, shown on French pages; left out or null where the program has one name. */
  nameFr: optionalText(200),
  description: optionalText(4000),
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
