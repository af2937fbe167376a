import { z } from "zod";
import { rule } from "../domain/validation.js";
import { LANGUAGES } from "../domain/vocabulary.js";
import { idSchema, isoDateSchema, pageOf, paginationQuerySchema } from "./common.js";

/** What audit events are about. */
export const AUDIT_ENTITIES = [
  "partnership",
  "membership",
  "involvement_record",
  "organization",
  "contact",
  "program",
  "program_composition",
  "rubric",
  "user",
  "import",
  "api_token",
  "request",
  "export",
  "commitment",
  "charter",
  "meeting",
  "meeting_attendance",
  "meeting_review",
  "communication",
  "calendar_feed",
  "plan_goal",
  "plan_objective",
  "plan_activity",
  "measure_value",
  "survey_round",
  "survey_respondent",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Changes to records, then security events: sign-ins (and failed ones), sign-outs, refused writes, exports of personal data. */
export const AUDIT_ACTIONS = ["create", "update", "delete", "sign_in", "sign_in_failed", "sign_out", "refused", "export"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const SECURITY_ACTIONS = ["sign_in", "sign_in_failed", "sign_out", "refused", "export"] as const satisfies readonly AuditAction[];
export type SecurityAction = (typeof SECURITY_ACTIONS)[number];

/** What a security event says besides who and when: the client's address, the route refused, an export's format… */
export const auditContextSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type AuditContext = z.infer<typeof auditContextSchema>;

/** The most rows a CSV export holds, newest first; narrow the filters for older ones. */
export const AUDIT_CSV_MAX_ROWS = 10_000;

const auditFilterFields = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  entityId: idSchema.optional(),
  userId: idSchema.optional(),
  /** Events about this partnership, its members and their involvement. */
  partnershipId: idSchema.optional(),
  /** From this day on (UTC), inclusive. */
  from: isoDateSchema.optional(),
  /** Up to this day (UTC), inclusive. */
  to: isoDateSchema.optional(),
});

function datesInOrder(value: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: "custom", path: ["to"], ...rule("endBeforeStart") });
}

export const auditFilterSchema = auditFilterFields.superRefine(datesInOrder);
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The CSV export's query: the same filters, and the language of its headers (else the request's). */
export const auditCsvQuerySchema = auditFilterFields.extend({ lang: z.enum(LANGUAGES).optional() }).superRefine(datesInOrder);

export const auditEventListQuerySchema = paginationQuerySchema.extend(auditFilterFields.shape).superRefine(datesInOrder);
export type AuditEventListQuery = z.infer<typeof auditEventListQuerySchema>;

// A JSON value: text, a number, a flag, a list of keys, or null.
const fieldValue = z.unknown();

export const auditChangeSchema = z.object({
  field: z.string(),
  before: fieldValue,
  after: fieldValue,
  /** false for events recorded before values were kept: only the field's name is known. */
  recorded: z.boolean(),
  /** true when the values are personal data the reader may not see; both are then null. */
  masked: z.boolean(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

const reference = z.object({ id: idSchema, name: z.string().nullable() });

/** Who last saved a record: a person, or null when nobody is known (saved from the command line, or before this was kept). */
export const updatedBySchema = z.object({ id: z.string(), name: z.string() }).nullable();
export type UpdatedBy = z.infer<typeof updatedBySchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  /** Who made the change; null when it was made on the server's command line. */
  user: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.string(),
  entityId: z.string(),
  /** The partnership and organization the changed row belongs to; a name is null once the row is deleted. */
  partnership: reference.nullable(),
  organization: reference.nullable(),
  changes: z.array(auditChangeSchema),
  /** What a security event or a token's creation says besides who and when ({} for other events). Never a password or a token. */
  context: auditContextSchema,
  abilities: z.object({
    /** Whether the reader may see the personal data the event holds (a contact's name, email, phone). */
    readPersonalData: z.boolean(),
  }),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageOf(auditEventSchema);
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;
