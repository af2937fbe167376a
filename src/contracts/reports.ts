import { z } from "zod";
import { CONTINUUM_TYPES } from "../domain/reports/typology-report.js";
import { PROJECT_INDICATOR_KEYS } from "../domain/typology/indicators.js";
import { idSchema, text } from "./common.js";
import { DEFAULT_ROUND, perspectiveSchema, roundSchema, PERSPECTIVES } from "./involvement.js";

/** What a typology report groups members by: their partnership's program or region, their own sector, or the partnership itself. */
export const REPORT_DIMENSIONS = ["program", "region", "sector", "partnership"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const REPORT_FORMATS = ["json", "csv", "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const formatSchema = z.enum(REPORT_FORMATS, { error: "must be json, csv or xlsx" }).default("json");

/** Narrows a report to the partnerships of one program and/or one region (as typed on the partnership). */
const reportFilterQuery = {
  program: idSchema.optional(),
  region: text(120).optional(),
};

export const typologyReportQuerySchema = z.object({
  ...reportFilterQuery,
  by: z.enum(REPORT_DIMENSIONS, { error: "must be program, region, sector or partnership" }),
  perspective: perspectiveSchema,
  round: roundSchema.default(DEFAULT_ROUND),
  format: formatSchema,
});
export type TypologyReportQuery = z.infer<typeof typologyReportQuerySchema>;

export const involvementReportQuerySchema = z.object({
  ...reportFilterQuery,
  round: roundSchema.default(DEFAULT_ROUND),
  format: formatSchema,
});
export type InvolvementReportQuery = z.infer<typeof involvementReportQuerySchema>;

/** The filters a report applied, echoed so that a saved answer says what it covers; null means all. */
export const reportFiltersSchema = z.object({
  program: z.object({ id: idSchema, code: z.string(), name: z.string() }).nullable(),
  region: z.string().nullable(),
});
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

function byType<T extends z.ZodType>(value: T) {
  return z.object({ none: value, consultation: value, cooperation: value, coordination: value, collaboration: value });
}

export const typologyGroupSchema = z.object({
  /** A program's code, a region or partnership as typed, a sector's key; "(not set)" for records without one. */
  key: z.string(),
  /** What to call the group: a program's name, a partnership's or region's name; for a sector, its key (the reader's language names it). */
  label: z.string(),
  /** Records in the group: the members counted, one each. */
  total: z.number().int(),
  counts: byType(z.number().int()),
  /** Each type's share of the group's total, in percent, rounded half up to one decimal. */
  percent: byType(z.number()),
});

export const typologyReportSchema = z
  .object({
    perspective: z.enum(PERSPECTIVES),
    round: z.string(),
    filters: reportFiltersSchema,
    groups: z.array(typologyGroupSchema),
    total: typologyGroupSchema,
    /** Partnerships the caller sees, within the filters, with no record counted here: they appear in no group. */
    partnershipsWithoutRecords: z.number().int(),
  })
  .meta({
    description:
      `Counts one record per member: the records of the perspective and round whose stored type is on the continuum (${CONTINUUM_TYPES.join(", ")}), ` +
      "in the partnerships whose involvement records the caller may read, narrowed to the program and region asked for.",
  });
export type TypologyReport = z.infer<typeof typologyReportSchema>;

const shareSchema = z.object({
  yes: z.number().int(),
  /** Records in which the question was answered, yes or no: the denominator. */
  answered: z.number().int(),
  percent: z.number().nullable(),
});

export const involvementReportSchema = z.object({
  round: z.string(),
  filters: reportFiltersSchema,
  /** How the shares are counted, in words. */
  rule: z.string(),
  /** Records of each perspective in the round. */
  records: z.object({ lead: z.number().int(), partner: z.number().int() }),
  indicators: z.array(
    z.object({
      indicator: z.enum(PROJECT_INDICATOR_KEYS),
      lead: shareSchema,
      partner: shareSchema,
      /** Lead minus partner, in percentage points. */
      gap: z.number().nullable(),
    }),
  ),
});
export type InvolvementReport = z.infer<typeof involvementReportSchema>;
