// Survey rounds: an instrument asked of chosen people in a partnership between two dates, each through
// a personal link; the respondent's side of that link; the results, withheld below the round's
// threshold of submitted responses; and the same across a program's partnerships.
import { z } from "zod";
import { PERSPECTIVES } from "../domain/surveys/instrument.js";
import { instrumentIdSchema } from "../domain/surveys/instrument-schema.js";
import { MIN_THRESHOLD } from "../domain/surveys/threshold.js";
import { idSchema, isoDateSchema, nameText, pageOf, paginationQuerySchema, requiredName } from "./common.js";

/** Never fewer than this many submitted responses behind a figure that is shown. */
export { MIN_THRESHOLD };
export const DEFAULT_THRESHOLD = 3;
export const ROUND_LABELS = ["baseline", "midterm", "final"] as const;

export const perspectiveSchema = z.enum(PERSPECTIVES);
/** baseline, midterm, final, or a label of one's own. */
export const roundLabelSchema = requiredName(60);
export const thresholdSchema = z.number().int().min(MIN_THRESHOLD).max(1000);
/** Days between reminders to those who have not submitted; null for none. */
export const reminderDaysSchema = z.number().int().min(1).max(60).nullable();

export const respondentInputSchema = z.strictObject({
  contactId: idSchema,
  /** Required by the involvement checklist: the view the respondent gives. */
  perspective: perspectiveSchema.optional(),
  /**
   * The involvement checklist only: the member the answers are about. A partner's answers are about its own
   * membership (found from the contact when left out); a lead's respondent with none is asked about every member.
   */
  membershipId: idSchema.optional(),
});
export type RespondentInput = z.infer<typeof respondentInputSchema>;

const roundFields = {
  instrument: instrumentIdSchema,
  /** The instrument's latest version when left out. */
  instrumentVersion: z.number().int().min(1).optional(),
  label: roundLabelSchema,
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  /** The program's threshold when left out (3 unless the program says more). */
  threshold: thresholdSchema.optional(),
  reminderDays: reminderDaysSchema.optional(),
};

export const roundCreateSchema = z.strictObject({
  ...roundFields,
  respondents: z.array(respondentInputSchema).min(1).max(2000),
});
export type RoundCreate = z.infer<typeof roundCreateSchema>;

/** A program officer's rounds across several partnerships at once, asking each member's representative (and the lead's). */
export const programRoundCreateSchema = z.strictObject({
  ...roundFields,
  partnershipIds: z.array(idSchema).min(1).max(500),
});
export type ProgramRoundCreate = z.infer<typeof programRoundCreateSchema>;

export const roundUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  label: roundLabelSchema.optional(),
  closesOn: isoDateSchema.optional(),
  reminderDays: reminderDaysSchema.optional(),
});
export type RoundUpdate = z.infer<typeof roundUpdateSchema>;

export const respondentsAddSchema = z.strictObject({ respondents: z.array(respondentInputSchema).min(1).max(2000) });
export const respondentParamsSchema = z.object({ id: idSchema, respondentId: idSchema });

export const ROUND_STATUSES = ["scheduled", "open", "closed"] as const;
export const roundStatusSchema = z.enum(ROUND_STATUSES);

export const roundListQuerySchema = paginationQuerySchema.extend({
  status: roundStatusSchema.optional(),
  instrument: instrumentIdSchema.optional(),
});
export type RoundListQuery = z.infer<typeof roundListQuerySchema>;

const localized = z.object({ en: z.string(), fr: z.string() });

export const roundSchema = z.object({
  id: idSchema,
  partnership: z.object({ id: idSchema, name: z.string() }),
  program: z.object({ id: idSchema, code: z.string() }),
  instrument: z.object({ id: z.string(), version: z.number().int(), title: localized }),
  label: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  /** scheduled before its opening day, open until it closes (its closing day included, or closed early), closed after. */
  status: roundStatusSchema,
  closedAt: z.string().nullable(),
  threshold: z.number().int(),
  reminderDays: z.number().int().nullable(),
  groupId: z.string().nullable(),
  invited: z.number().int(),
  submitted: z.number().int(),
  version: z.number().int(),
  /** update: change its label, close date and reminders, add people, send or revoke links, close it (runSurveys); exportResponses: individual responses. */
  abilities: z.object({ update: z.boolean(), close: z.boolean(), exportResponses: z.boolean() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Round = z.infer<typeof roundSchema>;
export const roundPageSchema = pageOf(roundSchema);

export const RESPONDENT_STATUSES = ["not_started", "started", "submitted"] as const;

/** Who was asked and how far they got; never what they answered. Shown to those who run the round. */
export const respondentSchema = z.object({
  id: idSchema,
  contact: z.object({ id: idSchema, name: z.string(), email: z.string().nullable() }).nullable(),
  organization: z.object({ id: idSchema, name: z.string() }),
  perspective: perspectiveSchema.nullable(),
  about: z.object({ membershipId: idSchema, organization: z.object({ id: idSchema, name: z.string() }) }).nullable(),
  status: z.enum(RESPONDENT_STATUSES),
  invitedAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
  revoked: z.boolean(),
});
export type Respondent = z.infer<typeof respondentSchema>;
export const respondentPageSchema = pageOf(respondentSchema);
export const respondentListQuerySchema = paginationQuerySchema.extend({ status: z.enum(RESPONDENT_STATUSES).optional() });
export type RespondentListQuery = z.infer<typeof respondentListQuerySchema>;

/** The response rate per organization, live. */
export const organizationRateSchema = z.object({
  organization: z.object({ id: idSchema, name: z.string() }),
  invited: z.number().int(),
  submitted: z.number().int(),
});

export const roundDetailSchema = roundSchema.extend({
  organizations: z.array(organizationRateSchema),
});
export type RoundDetail = z.infer<typeof roundDetailSchema>;

export const programRoundsCreatedSchema = z.object({ groupId: idSchema, rounds: z.array(roundSchema) });

// The respondent's side: everything through the token of the link, no sign-in.

export const tokenParamsSchema = z.object({ token: z.string().min(1).max(200) });
export const responseQuerySchema = z.object({ language: z.enum(["en", "fr"]).optional() });

/** One answer as sent: a scale value or "dont_know", an option key, option keys, "yes" or "no", a number, text; null clears it. */
export const answerValueSchema = z.union([z.number().finite(), z.string().max(5000), z.array(z.string().max(64)).max(40), z.null()]);
export const answersSchema = z.record(z.string().max(64), answerValueSchema);
export const responseSaveSchema = z.strictObject({ answers: answersSchema });
export type ResponseSave = z.infer<typeof responseSaveSchema>;
export const responseSubmitSchema = z.strictObject({ answers: answersSchema.optional() }).nullish();

const localizedItem = z.object({
  id: z.string(),
  type: z.string(),
  text: z.string(),
  help: z.string().nullable(),
  required: z.boolean(),
  options: z.array(z.object({ key: z.string(), label: z.string() })).nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

/** The instrument in one language, worded for the respondent's perspective. */
export const localizedInstrumentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), description: z.string().nullable(), items: z.array(localizedItem) })),
});
export type LocalizedInstrument = z.infer<typeof localizedInstrumentSchema>;

export const responseFormSchema = z.object({
  language: z.enum(["en", "fr"]),
  round: z.object({ label: z.string(), closesOn: z.string(), threshold: z.number().int() }),
  partnership: z.object({ name: z.string() }),
  organization: z.object({ name: z.string() }),
  perspective: perspectiveSchema.nullable(),
  /** The member the answers are about (the involvement checklist). */
  about: z.object({ name: z.string() }).nullable(),
  respondent: z.object({ name: z.string().nullable() }),
  instrument: localizedInstrumentSchema,
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])),
  submittedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ResponseForm = z.infer<typeof responseFormSchema>;

export const responseSavedSchema = z.object({ submittedAt: z.string().nullable(), updatedAt: z.string() });

// Results.

export const spreadSchema = z.object({
  "1": z.number().int(),
  "2": z.number().int(),
  "3": z.number().int(),
  "4": z.number().int(),
  "5": z.number().int(),
  dont_know: z.number().int(),
});
export type Spread = z.infer<typeof spreadSchema>;

/** One score's figures; below the threshold every figure is null and `withheld` true. */
export const scoreFigureSchema = z.object({
  mean: z.number().nullable(),
  band: z.string().nullable(),
  answers: z.number().int().nullable(),
  spread: spreadSchema.nullable(),
  /** Submitted responses with at least one counted value for this score. */
  responses: z.number().int().nullable(),
  withheld: z.boolean(),
});
export type ScoreFigure = z.infer<typeof scoreFigureSchema>;

export const scoreResultSchema = scoreFigureSchema.extend({
  key: z.string(),
  title: localized,
  /** The lead's and the partners' figures side by side, where the instrument asks from both. */
  perspectives: z.object({ lead: scoreFigureSchema, partner: scoreFigureSchema }).nullable(),
  /** Since the previous round of the same instrument in the same partnership; null when either side is withheld or absent. */
  change: z
    .object({
      roundId: idSchema,
      label: z.string(),
      previousMean: z.number(),
      difference: z.number(),
      previousResponses: z.number().int(),
      responses: z.number().int(),
    })
    .nullable(),
});
export type ScoreResult = z.infer<typeof scoreResultSchema>;

export const itemResultSchema = z.object({
  id: z.string(),
  type: z.string(),
  text: localized,
  /** Submitted responses that answered the item. */
  answered: z.number().int().nullable(),
  counts: z.record(z.string(), z.number().int()).nullable(),
  /** Of those that answered, one decimal, rounded half up. */
  percent: z.record(z.string(), z.number()).nullable(),
  withheld: z.boolean(),
});
export type ItemResult = z.infer<typeof itemResultSchema>;

export const bandSchema = z.object({ key: z.string(), label: localized, min: z.number() });

export const surveyResultsSchema = z.object({
  round: roundSchema,
  invited: z.number().int(),
  submitted: z.number().int(),
  threshold: z.number().int(),
  /** Fewer submitted responses than the threshold: no figure at all. */
  withheld: z.boolean(),
  /** Submitted of invited, one decimal. */
  responseRate: z.number().nullable(),
  bands: z.array(bandSchema),
  scores: z.array(scoreResultSchema),
  /** Choice and yes/no items: counts and shares of each option. */
  items: z.array(itemResultSchema),
  perspectives: z
    .object({
      lead: z.object({ invited: z.number(), submitted: z.number() }),
      partner: z.object({ invited: z.number(), submitted: z.number() }),
    })
    .nullable(),
  previousRound: z.object({ id: idSchema, label: z.string(), submitted: z.number().int() }).nullable(),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

export const resultsQuerySchema = z.object({ format: z.enum(["json", "csv", "xlsx", "pdf"]).default("json") });
export const responsesExportQuerySchema = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });

/** A program officer's view: one instrument and round label across the program's partnerships. */
export const programResultsQuerySchema = z.object({
  instrument: instrumentIdSchema,
  label: nameText(60).optional(),
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
});

export const programResultsSchema = z.object({
  program: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  instrument: z.object({ id: z.string(), title: localized }),
  label: z.string().nullable(),
  bands: z.array(bandSchema),
  partnerships: z.array(
    z.object({
      partnership: z.object({ id: idSchema, name: z.string() }),
      roundId: idSchema,
      label: z.string(),
      invited: z.number().int(),
      submitted: z.number().int(),
      /** The round's threshold, below which its figures are withheld. */
      threshold: z.number().int(),
      withheld: z.boolean(),
      scores: z.array(z.object({ key: z.string(), mean: z.number().nullable(), band: z.string().nullable(), withheld: z.boolean() })),
    }),
  ),
  /** Per score: how many partnerships fall in each band, and how many are withheld. */
  bandCounts: z.array(
    z.object({ key: z.string(), title: localized, bands: z.record(z.string(), z.number().int()), withheld: z.number().int() }),
  ),
});
export type ProgramResults = z.infer<typeof programResultsSchema>;
