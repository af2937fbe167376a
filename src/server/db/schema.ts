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
