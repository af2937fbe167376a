// Table types for Kysely. Timestamps are ISO-8601 text and dates YYYY-MM-DD text on both
// dialects, booleans are 0/1 integers: one representation, one code path.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

export type Flag = 0 | 1;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  role: string;
  organization_id: string | null;
  locale: string;
  disabled: number;
  created_at: string;
  updated_at: string;
  last_sign_in_at: string | null;
  /** 1 when the user asked for no reminders. */
  reminders_opt_out: Generated<number>;
  /** An evaluator's permission to export individual survey responses: null (none), anonymous or identified. */
  response_export: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** When the token stops working; null for one that does not expire. */
  expires_at: string | null;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: string;
}

export interface ProgramsTable {
  id: string;
  code: string;
  name: string;
  /** The program's name in French; null where only one name is known (the page then shows `name`). */
  name_fr: ColumnType<string | null, string | null | undefined, string | null>;
  description: string | null;
  /** Submitted responses a survey result needs before it is shown (at least 3). */
  survey_threshold: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UserProgramsTable {
  user_id: string;
  program_id: string;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  name_key: string;
  sector: string;
  government_level: string | null;
  has_crime_prevention_mandate: number;
  website: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ContactsTable {
  id: string;
  organization_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  preferred_language: string;
  verified_on: string | null;
  created_at: string;
  updated_at: string;
  /** The secret in the unsubscribe link of the reminders sent to the contact; made with the first one. */
  unsubscribe_token: ColumnType<string | null, string | null | undefined, string | null>;
  unsubscribed_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PartnershipsTable {
  id: string;
  program_id: string;
  name: string;
  name_key: string;
  lead_organization_id: string;
  region: string | null;
  priority_groups: string;
  focus_issues: string;
  start_date: string | null;
  end_date: string | null;
  funding_end_date: string | null;
  status: string;
  description: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  /** weekly, fortnightly, monthly, bimonthly, quarterly; null when none is set. */
  meeting_cadence: ColumnType<string | null, string | null | undefined, string | null>;
  /** Days before a meeting its notice goes out; null for the default. */
  meeting_notice_days: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PartnershipCoordinatorsTable {
  partnership_id: string;
  user_id: string;
}

export interface MembershipsTable {
  id: string;
  partnership_id: string;
  organization_id: string;
  joined_on: string | null;
  left_on: string | null;
  representative_contact_id: string | null;
  origin: string | null;
  is_new_partner: number;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** 0/1; the database supplies 0 when an insert leaves it out. */
  is_critic: Generated<number>;
  /** The stages of the prevention-to-re-entry axis as JSON text; null for the sector's usual ones. */
  axis_stages: string | null;
  /**
   * When a user of the member organization or an administrator confirmed the membership (or when it was
   * added, by someone who could vouch for the organization); null while it awaits confirmation, when it
   * gives the partnership's staff no right over the organization's record and contacts.
   */
  confirmed_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  /** The partnership the changed row belongs to (itself, a membership's, an involvement record's); null for others. */
  partnership_id: string | null;
  /** The organization the changed row belongs to (itself, a contact's, a membership's); null for others. */
  organization_id: string | null;
  /** JSON text: { changes?: { field: [before, after] }, …context }; older events held { fields: [names] }. */
  details: string | null;
}

export interface RubricsTable {
  id: string;
  version: number;
  /** The rubric document as JSON text. */
  document: string;
  created_by: string | null;
  created_at: string;
}

export interface ProgramDefaultRubricsTable {
  program_id: string;
  rubric_id: string;
  set_by: string | null;
  set_at: string;
}

/** One 0/1 column per project-level indicator, null when not answered. */
export interface IndicatorColumns {
  proposal_copy: number | null;
  support_letter: number | null;
  proposal_committee: number | null;
  planned_implementation: number | null;
  responsible_implementation: number | null;
  financial_resources: number | null;
  human_resources: number | null;
  inkind_resources: number | null;
  coordinated_activities: number | null;
  developed_protocols: number | null;
  shared_decision_making: number | null;
  fiscal_management: number | null;
  reporting_results: number | null;
}

export interface InvolvementRecordsTable extends IndicatorColumns {
  id: string;
  membership_id: string;
  perspective: string;
  round: string;
  respondent: string | null;
  answered_on: string | null;
  type: string;
  type_ordinal: number;
  rubric_id: string;
  rubric_version: number;
  complete: number;
  /** The reasons as JSON text. */
  reasons: string;
  classified_at: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ProgramCompositionsTable {
  program_id: string;
  /** The composition document as JSON text. */
  document: string;
  updated_by: string | null;
  updated_at: string;
}

/** What a queue table has, so that one claim mechanism serves every kind of job (see modules/jobs). */
export interface JobColumns {
  id: string;
  /** queued, sending (claimed), sent, failed; a mail message may also be held (no SMTP server). */
  status: string;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
}

export interface MailMessagesTable extends JobColumns {
  recipient: string;
  user_id: string | null;
  language: string;
  /** The message's template, a key of server/messages (e.g. "mail.passwordReset"). */
  template: string;
  subject: string;
  body: string;
  sent_at: string | null;
  created_at: string;
  /** The link that stops messages like this one, sent as List-Unsubscribe; null for most messages. */
  list_unsubscribe: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OneTimeLinksTable {
  /** SHA-256 of the secret in the link. */
  id: string;
  user_id: string;
  /** password_reset or invitation. */
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ChartersTable {
  partnership_id: string;
  need: string;
  vision: string;
  mission: string;
  values: string;
  /** formal or informal. */
  formality: string | null;
  /** governing_members or all_equal. */
  governance: string | null;
  decision_making: string | null;
  conflict_resolution: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface CharterMembersTable {
  partnership_id: string;
  organization_id: string;
  gains: string | null;
  /** communication, cooperation, coordination, collaboration. */
  intended_role: string | null;
  expectations: string | null;
}

export interface CharterRevisionsTable {
  id: string;
  partnership_id: string;
  version: number;
  /** The whole charter as saved, JSON text. */
  content: string;
  saved_at: string;
  saved_by: string | null;
}

/** Who made and last changed a row, and the version a save must name. */
export interface EditedColumns {
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface PlanGoalsTable extends EditedColumns {
  id: string;
  partnership_id: string;
  title: string;
  description: string | null;
  position: number;
}

export interface PlanRisksTable {
  id: string;
  goal_id: string;
  partnership_id: string;
  risk: string;
  contingency: string | null;
  position: number;
}

export interface PlanObjectivesTable extends EditedColumns {
  id: string;
  goal_id: string;
  partnership_id: string;
  title: string;
  description: string | null;
  position: number;
  measure_name: string | null;
  measure_unit: string | null;
  measure_source: string | null;
  baseline_value: number | null;
  baseline_on: string | null;
  target_value: number | null;
  target_on: string | null;
  /** up or down: which way is better. */
  measure_direction: string | null;
}

export interface MeasureValuesTable {
  id: string;
  objective_id: string;
  partnership_id: string;
  observed_on: string;
  value: number;
  note: string | null;
  created_at: string;
  created_by: string | null;
}

export interface PlanActivitiesTable extends EditedColumns {
  id: string;
  objective_id: string;
  partnership_id: string;
  title: string;
  owner_organization_id: string | null;
  owner_contact_id: string | null;
  due_on: string | null;
  resources: string | null;
  /** planned, under_way, done, dropped. */
  status: string;
  notes: string | null;
  meeting_id: string | null;
  position: number;
  /** The survey round and score whose accepted action step this activity is. */
  survey_round_id: ColumnType<string | null, string | null | undefined, string | null>;
  survey_score_key: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CommitmentsTable extends EditedColumns {
  id: string;
  partnership_id: string;
  organization_id: string;
  description: string;
  description_key: string;
  /** prevention, intervention, enforcement, reentry. */
  axis: string;
  goal_id: string | null;
  objective_id: string | null;
  meeting_id: string | null;
  pledged_on: string;
  /** The date first promised; never changes. */
  due_on: string;
  /** Moves only by slipping. */
  current_due_on: string;
  /** pledged, in_progress, delivered, slipped, withdrawn. */
  status: string;
  status_on: string;
  delivered_on: string | null;
  withdrawn_on: string | null;
  first_slipped_on: string | null;
  evidence: string | null;
  evidence_url: string | null;
}

export interface CommitmentEventsTable {
  id: string;
  commitment_id: string;
  partnership_id: string;
  at: string;
  user_id: string | null;
  /** Null for the pledge itself. */
  from_status: string | null;
  to_status: string;
  effective_on: string;
  due_before: string | null;
  due_after: string | null;
  reason: string | null;
  evidence: string | null;
  evidence_url: string | null;
  meeting_id: string | null;
}

export interface MeetingsTable extends EditedColumns {
  id: string;
  partnership_id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  location: string;
  agenda: string | null;
  minutes: string | null;
  decisions: string | null;
  /** scheduled or cancelled. */
  status: string;
  sequence: number;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  organization_id: string;
  partnership_id: string;
  attendee: string | null;
  contact_id: string | null;
  can_commit: number;
}

export interface MeetingReviewsTable {
  meeting_id: string;
  commitment_id: string;
  partnership_id: string;
  /** delivered, on_track, slipping. */
  report: string;
  note: string | null;
  recorded_at: string;
  recorded_by: string | null;
}

export interface CalendarFeedsTable {
  id: string;
  user_id: string;
  partnership_id: string | null;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CommunicationsTable extends EditedColumns {
  id: string;
  partnership_id: string;
  occurred_on: string;
  channel: string;
  subject: string;
}

export interface CommunicationPartiesTable {
  communication_id: string;
  organization_id: string;
  partnership_id: string;
}

export interface RemindersTable {
  key: string;
  /** digest or meeting_notice. */
  kind: string;
  partnership_id: string | null;
  recipient: string;
  period: string;
  mail_message_id: string | null;
  created_at: string;
}

export interface InstrumentsTable {
  id: string;
  version: number;
  title_en: string;
  title_fr: string;
  /** The whole instrument document, as JSON text. */
  document: string;
  created_at: string;
  created_by: string | null;
}

export interface SurveyRoundsTable extends EditedColumns {
  id: string;
  partnership_id: string;
  instrument_id: string;
  instrument_version: number;
  label: string;
  opens_on: string;
  closes_on: string;
  threshold: number;
  reminder_days: number | null;
  group_id: string | null;
  closed_at: string | null;
}

export interface SurveyRespondentsTable {
  id: string;
  round_id: string;
  partnership_id: string;
  contact_id: string | null;
  organization_id: string;
  /** lead or partner; null where the instrument does not ask. */
  perspective: string | null;
  membership_id: string | null;
  /** When every link of the respondent stops working. */
  expires_at: string;
  /** No longer asked (every link ended) until a new link is sent. */
  revoked_at: string | null;
  language: string;
  invited_at: string | null;
  last_reminded_at: string | null;
  created_at: string;
}

/** One link of a respondent: the hash of its secret; revoked_at once a new link or a revocation ended it. */
export interface SurveyRespondentTokensTable {
  token_hash: string;
  respondent_id: string;
  created_at: string;
  revoked_at: string | null;
}

export interface SurveyResponsesTable {
  id: string;
  respondent_id: string;
  round_id: string;
  instrument_id: string;
  instrument_version: number;
  /** { itemId: value } as JSON text. */
  answers: string;
  submitted_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SurveyMailingsTable {
  key: string;
  respondent_id: string;
  /** invitation, reminder or link. */
  kind: string;
  mail_message_id: string | null;
  created_at: string;
}

export interface ActionSuggestionsTable extends EditedColumns {
  id: string;
  built_in_key: string | null;
  instrument_id: string;
  score_key: string;
  text_en: string;
  text_fr: string;
  hidden: Generated<number>;
  position: number;
}

export interface SurveyActionStepsTable extends EditedColumns {
  id: string;
  round_id: string;
  partnership_id: string;
  score_key: string;
  suggestion_key: string | null;
  text: string;
  /** accepted or dismissed. */
  status: string;
  activity_id: string | null;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  rate_limits: RateLimitsTable;
  programs: ProgramsTable;
  user_programs: UserProgramsTable;
  organizations: OrganizationsTable;
  contacts: ContactsTable;
  partnerships: PartnershipsTable;
  partnership_coordinators: PartnershipCoordinatorsTable;
  memberships: MembershipsTable;
  audit_events: AuditEventsTable;
  rubrics: RubricsTable;
  program_default_rubrics: ProgramDefaultRubricsTable;
  involvement_records: InvolvementRecordsTable;
  program_compositions: ProgramCompositionsTable;
  mail_messages: MailMessagesTable;
  one_time_links: OneTimeLinksTable;
  charters: ChartersTable;
  charter_members: CharterMembersTable;
  charter_revisions: CharterRevisionsTable;
  plan_goals: PlanGoalsTable;
  plan_risks: PlanRisksTable;
  plan_objectives: PlanObjectivesTable;
  measure_values: MeasureValuesTable;
  plan_activities: PlanActivitiesTable;
  commitments: CommitmentsTable;
  commitment_events: CommitmentEventsTable;
  meetings: MeetingsTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_reviews: MeetingReviewsTable;
  calendar_feeds: CalendarFeedsTable;
  communications: CommunicationsTable;
  communication_parties: CommunicationPartiesTable;
  reminders: RemindersTable;
  instruments: InstrumentsTable;
  survey_rounds: SurveyRoundsTable;
  survey_respondents: SurveyRespondentsTable;
  survey_respondent_tokens: SurveyRespondentTokensTable;
  survey_responses: SurveyResponsesTable;
  survey_mailings: SurveyMailingsTable;
  action_suggestions: ActionSuggestionsTable;
  survey_action_steps: SurveyActionStepsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type OrganizationRow = Selectable<OrganizationsTable>;
export type NewOrganization = Insertable<OrganizationsTable>;
export type OrganizationPatch = Updateable<OrganizationsTable>;
export type ContactRow = Selectable<ContactsTable>;
export type NewContact = Insertable<ContactsTable>;
export type ContactPatch = Updateable<ContactsTable>;
export type ProgramRow = Selectable<ProgramsTable>;
export type NewProgram = Insertable<ProgramsTable>;
export type ProgramPatch = Updateable<ProgramsTable>;
export type PartnershipRow = Selectable<PartnershipsTable>;
export type NewPartnership = Insertable<PartnershipsTable>;
export type PartnershipPatch = Updateable<PartnershipsTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type NewMembership = Insertable<MembershipsTable>;
export type MembershipPatch = Updateable<MembershipsTable>;
export type RubricRow = Selectable<RubricsTable>;
export type NewRubric = Insertable<RubricsTable>;
export type InvolvementRecordRow = Selectable<InvolvementRecordsTable>;
export type NewInvolvementRecord = Insertable<InvolvementRecordsTable>;
export type InvolvementRecordPatch = Updateable<InvolvementRecordsTable>;
export type MailMessageRow = Selectable<MailMessagesTable>;
export type NewMailMessage = Insertable<MailMessagesTable>;
