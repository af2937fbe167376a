// Spreadsheet imports and exports: the columns each file has, and the report an import answers with.
// The same report is printed by the command line and shown by the web app.
import { z } from "zod";
import { PROJECT_INDICATOR_KEYS } from "../domain/typology/indicators.js";
import { queryBooleanSchema } from "./common.js";

/** Columns of an involvement file, besides the 13 indicator keys (all required). */
export const INVOLVEMENT_COLUMNS = {
  required: ["program", "partnership", "organization", "perspective", ...PROJECT_INDICATOR_KEYS],
  optional: ["round", "respondent", "answered_on", "sector"],
} as const;

/** Columns of a commitments file (the ledger's import). */
export const COMMITMENT_COLUMNS = {
  required: ["program", "partnership", "organization", "description", "axis", "pledged_on", "due_on"],
  optional: ["status", "delivered_on", "current_due_on", "status_on", "reason", "evidence"],
} as const;

/**
 * Columns of a communication log file: the parties are named in one cell, separated by ";" (in a
 * semicolon-separated CSV file that cell is quoted, as spreadsheet programs do).
 */
export const COMMUNICATION_COLUMNS = {
  required: ["program", "partnership", "date", "organizations", "channel", "subject"],
  optional: [],
} as const;

/** What the registry holds, in the order an import reads it: each entity refers only to those before it. */
export const REGISTRY_ENTITIES = ["organizations", "contacts", "partnerships", "memberships"] as const;
export type RegistryEntity = (typeof REGISTRY_ENTITIES)[number];
export const registryEntitySchema = z.enum(REGISTRY_ENTITIES);

/**
 * The columns of each registry file, in the order exports write them. Organizations are named by
 * name and sector, partnerships by program and name, contacts by email (else name) within their
 * organization, memberships by partnership and organization.
 */
export const REGISTRY_COLUMNS = {
  organizations: {
    required: ["name", "sector"],
    optional: ["government_level", "has_crime_prevention_mandate", "website", "notes"],
  },
  contacts: {
    required: ["organization", "name"],
    optional: ["organization_sector", "title", "email", "phone", "preferred_language", "verified_on"],
  },
  partnerships: {
    required: ["program", "name", "lead_organization"],
    optional: [
      "program_name",
      "lead_organization_sector",
      "region",
      "priority_groups",
      "focus_issues",
      "status",
      "start_date",
      "end_date",
      "funding_end_date",
      "description",
    ],
  },
  memberships: {
    required: ["program", "partnership", "organization"],
    optional: [
      "organization_sector",
      "joined_on",
      "left_on",
      "representative",
      "origin",
      "is_new_partner",
      "is_critic",
      "axis_stages",
      "notes",
    ],
  },
} as const satisfies Record<RegistryEntity, { required: readonly string[]; optional: readonly string[] }>;

/** A membership covering no stage of the axis, in the axis_stages column (blank means its sector's usual stages). */
export const NO_AXIS_STAGES = "none";

export type ColumnSet = { required: readonly string[]; optional: readonly string[] };

/** Every column of a set, required first, in export order. */
export function columnsOf(set: ColumnSet): string[] {
  return [...set.required, ...set.optional];
}

export const importQuerySchema = z.object({
  /** Validate and report without writing anything. */
  dryRun: queryBooleanSchema.default(false),
  /** Only match names already registered: a program, partnership or organization that matches nothing is an error, not an addition. */
  noCreate: queryBooleanSchema.default(false),
});

export const registryImportQuerySchema = importQuerySchema.extend({
  /** Which entity a CSV file holds, when its header alone does not tell. */
  entity: registryEntitySchema.optional(),
});

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export const registryExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** One entity; required for CSV (one file per entity), optional for XLSX (all sheets when left out). */
  entity: registryEntitySchema.optional(),
});
export type RegistryExportQuery = z.infer<typeof registryExportQuerySchema>;

const countsSchema = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export type Counts = z.infer<typeof countsSchema>;

/** Problems and warnings a report lists; past these it counts them. */
export const IMPORT_LISTED_PROBLEMS = 1_000;

/** The largest file an import accepts, in MB: about IMPORT_ROW_LIMIT rows of involvement answers as CSV. */
export const IMPORT_FILE_LIMIT_MB = 20;

/** The data rows an import takes in, over every file and sheet (headers not counted): a larger file is refused before it is checked. */
export const IMPORT_ROW_LIMIT = 100_000;

export const importProblemSchema = z.object({
  /** The registry file or sheet the problem is in; null in an involvement file. */
  entity: registryEntitySchema.nullable(),
  /** The line a row starts on, the header being line 1; null when the whole file is at fault. */
  line: z.number().int().nullable(),
  /** The column, as named in the file's header; null when the problem is not about one column. */
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importReportSchema = z.object({
  kind: z.enum(["involvement", "registry", "commitments", "communications"]),
  dryRun: z.boolean(),
  /** Whether anything was written: false on a dry run, when there were problems, or when nothing changed. */
  written: z.boolean(),
  /** Data rows read, header excluded, over every file and sheet. */
  rows: z.number().int(),
  counts: z.object({
    programs: countsSchema,
    organizations: countsSchema,
    contacts: countsSchema,
    partnerships: countsSchema,
    memberships: countsSchema,
    involvementRecords: countsSchema,
    commitments: countsSchema,
    communications: countsSchema,
  }),
  /** Every program, partnership and organization the import adds (or would add, on a dry run), in file order. */
  created: z.object({
    programs: z.array(z.object({ code: z.string(), name: z.string() })),
    partnerships: z.array(z.object({ program: z.string(), name: z.string(), leadOrganization: z.string() })),
    organizations: z.array(z.object({ name: z.string(), sector: z.string() })),
  }),
  /** What kept the file out, in file order: the first 1,000 problems (IMPORT_LISTED_PROBLEMS); errorCount says how many there are. */
  errors: z.array(importProblemSchema),
  /** Every problem found, the listed ones included. */
  errorCount: z.number().int(),
  /** Names the import adds (or would add) that are close to names already registered: worth a look, not a reason to refuse. */
  warnings: z.array(importProblemSchema),
  /** Every warning, the listed ones (the first 1,000) included. */
  warningCount: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** A refused import: the usual error body, and the report listing every problem. */
export const importFailureSchema = importReportSchema.extend({
  error: z.object({ code: z.literal("validation_failed"), message: z.string() }),
});
