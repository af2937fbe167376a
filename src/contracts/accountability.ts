import { z } from "zod";
import { AXIS_STAGES } from "../domain/coverage/axis.js";
import { idSchema, isoDateSchema } from "./common.js";
import { REPORT_FORMATS } from "./reports.js";

/** What the accountability report groups commitments by: the member that pledged them, its partnership, or the partnership's program. */
export const ACCOUNTABILITY_DIMENSIONS = ["member", "partnership", "program"] as const;
export type AccountabilityDimension = (typeof ACCOUNTABILITY_DIMENSIONS)[number];

export const accountabilityReportQuerySchema = z.object({
  by: z.enum(ACCOUNTABILITY_DIMENSIONS),
  /** Only this program's partnerships: its id or its code (as `convene report accountability --program`). */
  program: z.string().trim().min(1).max(200).optional(),
  /** Only this partnership: its id or its name, case and accents ignored (within the program, if given). */
  partnership: z.string().trim().min(1).max(300).optional(),
  /** The day the figures are read on; today when not given. */
  asOf: isoDateSchema.optional(),
  format: z.enum(REPORT_FORMATS).default("json"),
});
export type AccountabilityReportQuery = z.infer<typeof accountabilityReportQuerySchema>;

export const accountabilityQuerySchema = z.object({ asOf: isoDateSchema.optional() });

const countSchema = z.number().int().nonnegative();

const stageFiguresSchema = z.object({ pledged: countSchema, delivered: countSchema });

function byStage<T extends z.ZodType>(value: T) {
  return z.object({ prevention: value, intervention: value, enforcement: value, reentry: value });
}

/** The figures as of a day; see the README for each one's definition. */
export const accountabilityFiguresSchema = z.object({
  /** Pledged on or before the day, whatever became of them. */
  pledged: countSchema,
  /** Delivered on or before the day. */
  delivered: countSchema,
  /** Withdrawn on or before the day. */
  withdrawn: countSchema,
  /** Pledged, and neither delivered nor withdrawn by the day. */
  open: countSchema,
  /** Open, with the due date then in force before the day. */
  overdue: countSchema,
  /** Open, with the due date then in force from the day to 7 days after it. */
  dueSoon: countSchema,
  /** Delivered on or before the original due date. */
  onTime: countSchema,
  /** Delivered after the original due date. */
  late: countSchema,
  /** Slipped at least once on or before the day. */
  slipped: countSchema,
  /** onTime ÷ (delivered + open whose original due date is before the day), in percent rounded half up to one decimal; null when that is 0. */
  keptRate: z.number().nullable(),
  axis: byStage(stageFiguresSchema),
});
export type AccountabilityFigures = z.infer<typeof accountabilityFiguresSchema>;

export const accountabilityGroupSchema = accountabilityFiguresSchema.extend({
  /** A program's code, a partnership's id, or a member's partnership id and organization id joined by "/". */
  key: z.string(),
  /** The program's code. */
  program: z.string(),
  partnership: z.string().optional(),
  organization: z.string().optional(),
});
export type AccountabilityGroup = z.infer<typeof accountabilityGroupSchema>;

export const accountabilityReportSchema = z
  .object({
    asOf: isoDateSchema,
    by: z.enum(ACCOUNTABILITY_DIMENSIONS),
    groups: z.array(accountabilityGroupSchema),
    total: accountabilityFiguresSchema,
  })
  .meta({
    description: "The commitments of the partnerships the caller may read, narrowed to the program and partnership asked for, as of a day.",
  });
export type AccountabilityReport = z.infer<typeof accountabilityReportSchema>;

export const trendPointSchema = z.object({
  month: z.string().meta({ description: "YYYY-MM" }),
  /** The month's last day, or the day asked for in its own month. */
  asOf: isoDateSchema,
  figures: accountabilityFiguresSchema,
});

const organizationRefSchema = z.object({ id: idSchema, name: z.string() });

export const partnershipAccountabilitySchema = z.object({
  asOf: isoDateSchema,
  partnership: z.object({ id: idSchema, name: z.string(), program: z.object({ id: idSchema, code: z.string(), name: z.string() }) }),
  /** The commitments overdue on the day, the longest overdue first. */
  overdue: z.array(
    z.object({
      id: idSchema,
      organization: organizationRefSchema,
      description: z.string(),
      axis: z.enum(AXIS_STAGES),
      dueOn: isoDateSchema,
      /** The due date in force on the day. */
      currentDueOn: isoDateSchema,
      daysOverdue: z.number().int().positive(),
    }),
  ),
  /** Every member (and any organization that pledged while a member), with its figures and its last twelve months. */
  members: z.array(
    accountabilityFiguresSchema.extend({
      organization: organizationRefSchema,
      trend: z.array(trendPointSchema),
    }),
  ),
  total: accountabilityFiguresSchema.extend({ trend: z.array(trendPointSchema) }),
  axis: z.object({
    stages: z.array(
      z.object({ stage: z.enum(AXIS_STAGES), pledged: countSchema, delivered: countSchema, open: countSchema, covered: z.boolean() }),
    ),
    /** The stages with no open or delivered commitment. */
    uncovered: z.array(z.enum(AXIS_STAGES)),
  }),
});
export type PartnershipAccountability = z.infer<typeof partnershipAccountabilitySchema>;
