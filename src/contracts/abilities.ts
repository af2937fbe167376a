// What the caller may do with each resource the API returns, row by row, as computed by the server
// from the abilities table in the same query as the row. Clients show what these allow and nothing else.
import { z } from "zod";
import { GLOBAL_ABILITIES, type GlobalAbility } from "../domain/access/abilities.js";

export const partnershipAbilitiesSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  manageMembers: z.boolean(),
  /** Classify every involvement record again. */
  classify: z.boolean(),
  /** Write the charter. */
  editCharter: z.boolean(),
  /** Change the action plan, its measures and their values. */
  managePlan: z.boolean(),
  /** Set the cadence, hold meetings, record attendance, minutes and reviews. */
  manageMeetings: z.boolean(),
  /** Record contacts between members (a partner, those its own organization took part in). */
  logContacts: z.boolean(),
  /** Open and close survey rounds, choose who is asked, send their links, follow the response rate. */
  runSurveys: z.boolean(),
});
export type PartnershipAbilities = z.infer<typeof partnershipAbilitiesSchema>;

export const organizationAbilitiesSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  readContacts: z.boolean(),
  manageContacts: z.boolean(),
});
export type OrganizationAbilities = z.infer<typeof organizationAbilitiesSchema>;

export const contactAbilitiesSchema = z.object({ update: z.boolean(), delete: z.boolean() });
export type ContactAbilities = z.infer<typeof contactAbilitiesSchema>;

export const membershipAbilitiesSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  readInvolvement: z.boolean(),
  recordLeadView: z.boolean(),
  recordPartnerView: z.boolean(),
  /** Confirm, for the member organization, a membership that awaits it (false once confirmed). */
  confirm: z.boolean(),
  /** Pledge commitments for the member and move them along the ledger. */
  pledge: z.boolean(),
});
export type MembershipAbilities = z.infer<typeof membershipAbilitiesSchema>;

export const programAbilitiesSchema = z.object({
  update: z.boolean(),
  openPartnerships: z.boolean(),
  chooseRubric: z.boolean(),
  editComposition: z.boolean(),
});
export type ProgramAbilities = z.infer<typeof programAbilitiesSchema>;

/** A program's recommended composition or chosen rubric: whether the caller may change it. */
export const settingAbilitiesSchema = z.object({ update: z.boolean() });
export type SettingAbilities = z.infer<typeof settingAbilitiesSchema>;

/** An involvement record: whether the caller may change or remove it (its perspective's right). */
export const recordAbilitiesSchema = z.object({ update: z.boolean(), delete: z.boolean() });
export type RecordAbilities = z.infer<typeof recordAbilitiesSchema>;

export const globalAbilitiesSchema = z.object(
  Object.fromEntries(GLOBAL_ABILITIES.map((ability) => [ability, z.boolean()])) as Record<GlobalAbility, z.ZodBoolean>,
);
export type GlobalAbilitiesBody = z.infer<typeof globalAbilitiesSchema>;
