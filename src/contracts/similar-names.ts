import { z } from "zod";
import { SECTORS } from "../domain/vocabulary.js";
import { idSchema, requiredText } from "./common.js";

/** GET /organizations/similar: the registered names close to one about to be registered. */
export const similarOrganizationsQuerySchema = z.object({
  name: requiredText(200),
  /** An organization being renamed, left out of its own matches. */
  exceptId: idSchema.optional(),
});
export type SimilarOrganizationsQuery = z.infer<typeof similarOrganizationsQuerySchema>;

export const similarOrganizationSchema = z.object({
  id: idSchema,
  name: z.string(),
  sector: z.enum(SECTORS),
  /** From 0.6 (close) to 1 (the same name spelt another way). */
  score: z.number(),
});
export type SimilarOrganization = z.infer<typeof similarOrganizationSchema>;

/** At most five, closest first; none when nothing registered is close. */
export const similarOrganizationsSchema = z.object({ data: z.array(similarOrganizationSchema) });
