import type { Kysely } from "kysely";

// The running partnership: its charter (with a revision per save), its action plan (goals, their risks,
// objectives with an optional measure and its values over time, activities), the ledger of what each
// member pledged (commitments and every move they made), meetings (attendance, the accountability review
// of commitments, a calendar feed), the log of contacts between members, and the reminders sent about
// them. Rows that two people may edit at once carry a version that each save must name. Written out in
// full: a migration must keep meaning what it meant when it first ran.
export async function up(db: Kysely<any>): Promise<void> {
  // How often the partnership means to meet, and how many days before a meeting its members are reminded.
  await db.schema.alterTable("partnerships").addColumn("meeting_cadence", "text").execute();
  await db.schema.alterTable("partnerships").addColumn("meeting_notice_days", "integer").execute();
  // Reminders: a user may stop them; a contact may unsubscribe through the link in each one.
  await db.schema
    .alterTable("users")
    .addColumn("reminders_opt_out", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("contacts").addColumn("unsubscribe_token", "text").execute();
  await db.schema.alterTable("contacts").addColumn("unsubscribed_at", "text").execute();
  await db.schema.createIndex("contacts_unsubscribe_token_idx").unique().on("contacts").column("unsubscribe_token").execute();

  await db.schema
    .createTable("charters")
    .addColumn("partnership_id", "text", (col) => col.primaryKey().references("partnerships.id").onDelete("cascade"))
    .addColumn("need", "text", (col) => col.notNull())
    .addColumn("vision", "text", (col) => col.notNull())
    .addColumn("mission", "text", (col) => col.notNull())
    .addColumn("values", "text", (col) => col.notNull())
    .addColumn("formality", "text")
    .addColumn("governance", "text")
    .addColumn("decision_making", "text")
    .addColumn("conflict_resolution", "text")
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  // Per member: what the agency gains, the role the partnership means it to play and what is expected of it.
  await db.schema
    .createTable("charter_members")
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("organization_id", "text", (col) => col.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("gains", "text")
    .addColumn("intended_role", "text")
    .addColumn("expectations", "text")
    .addPrimaryKeyConstraint("charter_members_pk", ["partnership_id", "organization_id"])
    .execute();
  // Each save of a charter, whole (JSON text), so that any two can be compared.
  await db.schema
    .createTable("charter_revisions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("content", "text", (col) => col.notNull())
    .addColumn("saved_at", "text", (col) => col.notNull())
    .addColumn("saved_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addUniqueConstraint("charter_revisions_version_uq", ["partnership_id", "version"])
    .execute();

  await db.schema
    .createTable("plan_goals")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("description", "text")
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("plan_goals_partnership_idx").on("plan_goals").columns(["partnership_id", "position"]).execute();
  await db.schema
    .createTable("plan_risks")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("goal_id", "text", (col) => col.notNull().references("plan_goals.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("risk", "text", (col) => col.notNull())
    .addColumn("contingency", "text")
    .addColumn("position", "integer", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("plan_risks_goal_idx").on("plan_risks").columns(["goal_id", "position"]).execute();
  // An objective; the measure_* columns are its measure, all null when it has none.
  await db.schema
    .createTable("plan_objectives")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("goal_id", "text", (col) => col.notNull().references("plan_goals.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("description", "text")
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("measure_name", "text")
    .addColumn("measure_unit", "text")
    .addColumn("measure_source", "text")
    .addColumn("baseline_value", "double precision")
    .addColumn("baseline_on", "text")
    .addColumn("target_value", "double precision")
    .addColumn("target_on", "text")
    /** up or down: which way is better. */
    .addColumn("measure_direction", "text")
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("plan_objectives_goal_idx").on("plan_objectives").columns(["goal_id", "position"]).execute();
  await db.schema.createIndex("plan_objectives_partnership_idx").on("plan_objectives").column("partnership_id").execute();
  await db.schema
    .createTable("measure_values")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("objective_id", "text", (col) => col.notNull().references("plan_objectives.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("observed_on", "text", (col) => col.notNull())
    .addColumn("value", "double precision", (col) => col.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addUniqueConstraint("measure_values_day_uq", ["objective_id", "observed_on"])
    .execute();
  await db.schema
    .createTable("plan_activities")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("objective_id", "text", (col) => col.notNull().references("plan_objectives.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("owner_organization_id", "text", (col) => col.references("organizations.id").onDelete("set null"))
    .addColumn("owner_contact_id", "text", (col) => col.references("contacts.id").onDelete("set null"))
    .addColumn("due_on", "text")
    .addColumn("resources", "text")
    /** planned, under_way, done, dropped. */
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("notes", "text")
    /** The meeting whose action item it came from. */
    .addColumn("meeting_id", "text")
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("plan_activities_objective_idx").on("plan_activities").columns(["objective_id", "position"]).execute();
  await db.schema.createIndex("plan_activities_partnership_idx").on("plan_activities").columns(["partnership_id", "due_on"]).execute();

  // A commitment: what one member pledged. due_on is the date first promised and never changes;
  // current_due_on moves only by slipping. description_key is the description compared like names
  // (a re-import finds the same commitment by it).
  await db.schema
    .createTable("commitments")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("organization_id", "text", (col) => col.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("description", "text", (col) => col.notNull())
    .addColumn("description_key", "text", (col) => col.notNull())
    /** prevention, intervention, enforcement, reentry. */
    .addColumn("axis", "text", (col) => col.notNull())
    .addColumn("goal_id", "text", (col) => col.references("plan_goals.id").onDelete("set null"))
    .addColumn("objective_id", "text", (col) => col.references("plan_objectives.id").onDelete("set null"))
    .addColumn("meeting_id", "text")
    .addColumn("pledged_on", "text", (col) => col.notNull())
    .addColumn("due_on", "text", (col) => col.notNull())
    .addColumn("current_due_on", "text", (col) => col.notNull())
    /** pledged, in_progress, delivered, slipped, withdrawn. */
    .addColumn("status", "text", (col) => col.notNull())
    /** The date of the last move (the pledge's date until one is made). */
    .addColumn("status_on", "text", (col) => col.notNull())
    .addColumn("delivered_on", "text")
    .addColumn("withdrawn_on", "text")
    /** The date of the first slip, for the figures as of a date. */
    .addColumn("first_slipped_on", "text")
    .addColumn("evidence", "text")
    .addColumn("evidence_url", "text")
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addUniqueConstraint("commitments_description_uq", ["partnership_id", "organization_id", "description_key"])
    .execute();
  await db.schema
    .createIndex("commitments_partnership_idx")
    .on("commitments")
    .columns(["partnership_id", "status", "current_due_on"])
    .execute();
  await db.schema.createIndex("commitments_organization_idx").on("commitments").columns(["organization_id", "current_due_on"]).execute();
  // Every move of a commitment (the pledge included), with who made it, when, and what was given.
  await db.schema
    .createTable("commitment_events")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("commitment_id", "text", (col) => col.notNull().references("commitments.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("at", "text", (col) => col.notNull())
    .addColumn("user_id", "text", (col) => col.references("users.id").onDelete("set null"))
    /** Null for the pledge itself. */
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (col) => col.notNull())
    /** The date the move took effect (delivered on, withdrawn on, slipped on). */
    .addColumn("effective_on", "text", (col) => col.notNull())
    .addColumn("due_before", "text")
    .addColumn("due_after", "text")
    .addColumn("reason", "text")
    .addColumn("evidence", "text")
    .addColumn("evidence_url", "text")
    .addColumn("meeting_id", "text")
    .execute();
  await db.schema.createIndex("commitment_events_commitment_idx").on("commitment_events").columns(["commitment_id", "at"]).execute();
  await db.schema
    .createIndex("commitment_events_partnership_idx")
    .on("commitment_events")
    .columns(["partnership_id", "effective_on"])
    .execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("title", "text", (col) => col.notNull())
    /** UTC instants, ISO 8601. */
    .addColumn("starts_at", "text", (col) => col.notNull())
    .addColumn("ends_at", "text", (col) => col.notNull())
    .addColumn("location", "text", (col) => col.notNull())
    .addColumn("agenda", "text")
    .addColumn("minutes", "text")
    .addColumn("decisions", "text")
    /** scheduled or cancelled. */
    .addColumn("status", "text", (col) => col.notNull())
    /** iCalendar SEQUENCE: rises with each change a calendar should pick up. */
    .addColumn("sequence", "integer", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("meetings_partnership_idx").on("meetings").columns(["partnership_id", "starts_at"]).execute();
  await db.schema.createIndex("meetings_starts_idx").on("meetings").columns(["starts_at"]).execute();
  // Who came for each member organization, and whether that person can commit the agency.
  await db.schema
    .createTable("meeting_attendance")
    .addColumn("meeting_id", "text", (col) => col.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("organization_id", "text", (col) => col.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("attendee", "text")
    .addColumn("contact_id", "text", (col) => col.references("contacts.id").onDelete("set null"))
    .addColumn("can_commit", "integer", (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("meeting_attendance_pk", ["meeting_id", "organization_id"])
    .execute();
  // The report-out on a commitment at a meeting: delivered, on_track or slipping, with a note.
  await db.schema
    .createTable("meeting_reviews")
    .addColumn("meeting_id", "text", (col) => col.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("commitment_id", "text", (col) => col.notNull().references("commitments.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("report", "text", (col) => col.notNull())
    .addColumn("note", "text")
    .addColumn("recorded_at", "text", (col) => col.notNull())
    .addColumn("recorded_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addPrimaryKeyConstraint("meeting_reviews_pk", ["meeting_id", "commitment_id"])
    .execute();
  // A calendar feed: one partnership's meetings, or (partnership_id null) all of the user's partnerships'.
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.references("partnerships.id").onDelete("cascade"))
    /** SHA-256 of the secret in the feed's address. */
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("calendar_feeds_user_idx").on("calendar_feeds").columns(["user_id"]).execute();

  // A contact between member organizations between meetings; its parties are relations, not text.
  await db.schema
    .createTable("communications")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("occurred_on", "text", (col) => col.notNull())
    /** meeting, phone, email, video_call, newsletter, document_sharing, chat, forum, site_visit, other. */
    .addColumn("channel", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("communications_partnership_idx").on("communications").columns(["partnership_id", "occurred_on"]).execute();
  await db.schema
    .createTable("communication_parties")
    .addColumn("communication_id", "text", (col) => col.notNull().references("communications.id").onDelete("cascade"))
    .addColumn("organization_id", "text", (col) => col.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("communication_parties_pk", ["communication_id", "organization_id"])
    .execute();
  await db.schema.createIndex("communication_parties_org_idx").on("communication_parties").columns(["organization_id"]).execute();

  // A reminder sent: its key (recipient, what, period) is unique, so that inserting it is the claim and
  // a reminder goes out once however many instances try; the message itself is in the outbox.
  await db.schema
    .createTable("reminders")
    .addColumn("key", "text", (col) => col.primaryKey())
    /** digest or meeting_notice. */
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("partnership_id", "text", (col) => col.references("partnerships.id").onDelete("cascade"))
    .addColumn("recipient", "text", (col) => col.notNull())
    .addColumn("period", "text", (col) => col.notNull())
    .addColumn("mail_message_id", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "reminders",
    "communication_parties",
    "communications",
    "calendar_feeds",
    "meeting_reviews",
    "meeting_attendance",
    "meetings",
    "commitment_events",
    "commitments",
    "plan_activities",
    "measure_values",
    "plan_objectives",
    "plan_risks",
    "plan_goals",
    "charter_revisions",
    "charter_members",
    "charters",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.dropIndex("contacts_unsubscribe_token_idx").ifExists().execute();
  await db.schema.alterTable("contacts").dropColumn("unsubscribed_at").execute();
  await db.schema.alterTable("contacts").dropColumn("unsubscribe_token").execute();
  await db.schema.alterTable("users").dropColumn("reminders_opt_out").execute();
  await db.schema.alterTable("partnerships").dropColumn("meeting_notice_days").execute();
  await db.schema.alterTable("partnerships").dropColumn("meeting_cadence").execute();
}
