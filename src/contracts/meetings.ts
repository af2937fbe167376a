import { z } from "zod";
import { MEETING_CADENCES } from "../domain/meetings/cadence.js";
import { REVIEW_REPORTS } from "../domain/meetings/review.js";
import { rule } from "../domain/validation.js";
import { axisStageSchema } from "./coverage.js";
import { idSchema, lineText, optionalLine, optionalText, pageOf, paginationQuerySchema, requiredName, requiredText } from "./common.js";

export const meetingCadenceSchema = z.enum(MEETING_CADENCES);
export const reviewReportSchema = z.enum(REVIEW_REPORTS);

/** An instant given with its offset (or Z), e.g. 2026-03-04T18:30:00-05:00; stored and answered in UTC. */
export const instantSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

function timesInOrder(value: { startsAt?: string | undefined; endsAt?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && new Date(value.endsAt).getTime() <= new Date(value.startsAt).getTime()) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], ...rule("endBeforeStart") });
  }
}

const meetingFields = {
  title: requiredName(200),
  startsAt: instantSchema,
  endsAt: instantSchema,
  /** A place or a link. */
  location: requiredText(500).pipe(lineText(500)),
  agenda: optionalText(10_000),
};

export const meetingCreateSchema = z.strictObject(meetingFields).superRefine(timesInOrder);
export type MeetingCreate = z.infer<typeof meetingCreateSchema>;

export const meetingUpdateSchema = z
  .strictObject({
    version: z.number().int().min(1),
    ...meetingFields,
    minutes: optionalText(50_000),
    decisions: optionalText(20_000),
  })
  .partial({ title: true, startsAt: true, endsAt: true, location: true })
  .superRefine(timesInOrder);
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

export const meetingCancelSchema = z.strictObject({ version: z.number().int().min(1).optional() }).nullish();

export const meetingAbilitiesSchema = z.object({
  /** Change the meeting, its attendance and its review (a meeting not cancelled). */
  update: z.boolean(),
  cancel: z.boolean(),
});

export const meetingSchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  decisions: z.string().nullable(),
  status: z.enum(["scheduled", "cancelled"]),
  /** The iCalendar SEQUENCE: rises with each change of title, times, place, agenda or status. */
  sequence: z.number().int(),
  version: z.number().int(),
  abilities: meetingAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const attendeeSchema = z.object({
  organization: z.object({ id: idSchema, name: z.string() }),
  attendee: z.string().nullable(),
  contact: z.object({ id: idSchema, name: z.string() }).nullable(),
  canCommit: z.boolean(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const actionItemsSchema = z.object({
  commitments: z.array(
    z.object({
      id: idSchema,
      description: z.string(),
      organization: z.object({ id: idSchema, name: z.string() }),
      axis: axisStageSchema,
      status: z.string(),
      currentDueOn: z.string(),
    }),
  ),
  activities: z.array(
    z.object({ id: idSchema, title: z.string(), objectiveId: idSchema, status: z.string(), dueOn: z.string().nullable() }),
  ),
});
export type ActionItems = z.infer<typeof actionItemsSchema>;

export const meetingDetailSchema = meetingSchema.extend({
  attendance: z.array(attendeeSchema),
  /** The commitments and activities made from this meeting's action items. */
  actionItems: actionItemsSchema,
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const meetingSettingsSchema = z.object({ cadence: meetingCadenceSchema.nullable(), noticeDays: z.number().int() });
export type MeetingSettings = z.infer<typeof meetingSettingsSchema>;
export const meetingSettingsUpdateSchema = z.strictObject({
  cadence: meetingCadenceSchema.nullable(),
  noticeDays: z.number().int().min(0).max(60),
});
export type MeetingSettingsUpdate = z.infer<typeof meetingSettingsUpdateSchema>;

/** Days before a meeting its members are reminded, when the partnership has not said (the reminders' own default). */
export { DEFAULT_NOTICE_DAYS } from "../domain/reminders/due.js";

export const meetingListQuerySchema = paginationQuerySchema.extend({
  /** upcoming: starting from now, soonest first; past: started before now, latest first; all: latest first. */
  when: z.enum(["upcoming", "past", "all"]).default("all"),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

export const cadenceProblemSchema = z.enum(["lastTooOld", "noNextMeeting", "nextTooLate"]);

export const meetingPageSchema = pageOf(meetingSchema).extend({
  settings: meetingSettingsSchema,
  nextMeeting: meetingSchema.nullable(),
  /** Null without a cadence. */
  cadenceKept: z.boolean().nullable(),
  /** Why the cadence is not kept, else null. */
  cadenceProblem: cadenceProblemSchema.nullable(),
  /** The latest the next meeting may start for the cadence to be kept (null without a cadence). */
  nextDueBy: z.string().nullable(),
  abilities: z.object({ manageMeetings: z.boolean() }),
});
export type MeetingPage = z.infer<typeof meetingPageSchema>;

export const attendanceUpdateSchema = z.strictObject({
  attendees: z
    .array(
      z.strictObject({
        organizationId: idSchema,
        attendee: optionalLine(200),
        contactId: idSchema.nullable().optional(),
        canCommit: z.boolean(),
      }),
    )
    .max(500)
    .superRefine((attendees, ctx) => {
      const seen = new Set<string>();
      attendees.forEach((attendee, index) => {
        if (seen.has(attendee.organizationId)) ctx.addIssue({ code: "custom", path: [index, "organizationId"], ...rule("listedTwice") });
        seen.add(attendee.organizationId);
      });
    }),
});
export type AttendanceUpdate = z.infer<typeof attendanceUpdateSchema>;
export const attendanceSchema = z.object({ attendees: z.array(attendeeSchema) });

export const reviewItemSchema = z.object({
  commitment: z.object({
    id: idSchema,
    organization: z.object({ id: idSchema, name: z.string() }),
    description: z.string(),
    axis: axisStageSchema,
    status: z.string(),
    dueOn: z.string(),
    currentDueOn: z.string(),
    deliveredOn: z.string().nullable(),
  }),
  /** Why it is up for review: still open on the meeting's day, or delivered since the previous meeting. */
  reason: z.enum(["open", "delivered"]),
  report: z
    .object({ report: reviewReportSchema, note: z.string().nullable(), recordedAt: z.string(), recordedBy: z.string().nullable() })
    .nullable(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const reviewSummarySchema = z.object({
  delivered: z.number().int(),
  onTrack: z.number().int(),
  slipping: z.number().int(),
  unreported: z.number().int(),
});

export const reviewPageSchema = pageOf(reviewItemSchema).extend({
  meetingId: idSchema,
  /** The UTC day of the meeting, and of the previous meeting not cancelled (null for the first). */
  day: z.string(),
  previousDay: z.string().nullable(),
  summary: reviewSummarySchema,
  abilities: z.object({ report: z.boolean() }),
});
export type ReviewPage = z.infer<typeof reviewPageSchema>;

export const reviewUpdateSchema = z.strictObject({ report: reviewReportSchema, note: optionalText(4000) });
export type ReviewUpdate = z.infer<typeof reviewUpdateSchema>;

export const meetingParamsSchema = z.object({ id: idSchema });
export const reviewParamsSchema = z.object({ id: idSchema, commitmentId: idSchema });
