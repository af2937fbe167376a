import type { Kysely } from "kysely";

// Surveys: instruments that people add (the built-in ones ship with the code, as rubrics do), rounds
// of an instrument in a partnership, the people asked in each round with their personal links (hashed
// secrets, several live at once), their responses, the mail sent to them (invitations and reminders, each once), the library of
// suggested action steps and the steps a coordinator accepted, edited or dismissed. Written out in full:
// a migration must keep meaning what it meant when it first ran.
export async function up(db: Kysely<any>): Promise<void> {
  // How many submitted responses a result needs before it is shown, per program (never below 3).
  await db.schema
    .alterTable("programs")
    .addColumn("survey_threshold", "integer", (col) => col.notNull().defaultTo(3))
    .execute();
  // An evaluator's explicit permission to export individual responses: null (none), anonymous, identified.
  await db.schema.alterTable("users").addColumn("response_export", "text").execute();
  // An activity an accepted action step became points back at the round and score that prompted it.
  await db.schema.alterTable("plan_activities").addColumn("survey_round_id", "text").execute();
  await db.schema.alterTable("plan_activities").addColumn("survey_score_key", "text").execute();

  // Instrument versions people added: the whole document as JSON text; a version once stored never changes.
  await db.schema
    .createTable("instruments")
    .addColumn("id", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("title_en", "text", (col) => col.notNull())
    .addColumn("title_fr", "text", (col) => col.notNull())
    .addColumn("document", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addPrimaryKeyConstraint("instruments_pk", ["id", "version"])
    .execute();

  await db.schema
    .createTable("survey_rounds")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("instrument_id", "text", (col) => col.notNull())
    .addColumn("instrument_version", "integer", (col) => col.notNull())
    /** baseline, midterm, final or free text. */
    .addColumn("label", "text", (col) => col.notNull())
    .addColumn("opens_on", "text", (col) => col.notNull())
    .addColumn("closes_on", "text", (col) => col.notNull())
    .addColumn("threshold", "integer", (col) => col.notNull())
    /** Days between reminders to those who have not submitted; null for none. */
    .addColumn("reminder_days", "integer")
    /** Rounds opened together across a program's partnerships share it. */
    .addColumn("group_id", "text")
    .addColumn("closed_at", "text")
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("survey_rounds_partnership_idx").on("survey_rounds").columns(["partnership_id", "opens_on"]).execute();
  await db.schema.createIndex("survey_rounds_group_idx").on("survey_rounds").columns(["group_id"]).execute();

  // Who is asked, from which perspective (the involvement checklist's lead or partner), about which member.
  await db.schema
    .createTable("survey_respondents")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("round_id", "text", (col) => col.notNull().references("survey_rounds.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("contact_id", "text", (col) => col.references("contacts.id").onDelete("set null"))
    /** The organization the respondent answers for. */
    .addColumn("organization_id", "text", (col) => col.notNull().references("organizations.id").onDelete("cascade"))
    /** lead or partner; null where the instrument does not ask. */
    .addColumn("perspective", "text")
    /** The member the answers are about (the involvement checklist); null otherwise. */
    .addColumn("membership_id", "text", (col) => col.references("memberships.id").onDelete("cascade"))
    /** When every link of the respondent stops working: the end of the round's closing day, or the close. */
    .addColumn("expires_at", "text", (col) => col.notNull())
    /** No longer asked: every link ended, left out of the counts, until a new link is sent. */
    .addColumn("revoked_at", "text")
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("invited_at", "text")
    .addColumn("last_reminded_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("survey_respondents_round_idx").on("survey_respondents").columns(["round_id", "organization_id"]).execute();

  // A respondent's links: the hash of each secret mailed (invitation, reminders, new links). A reminder adds
  // one and the earlier ones keep working; a new link or a revocation ends every earlier one (revoked_at);
  // all of them end with the respondent's expires_at.
  await db.schema
    .createTable("survey_respondent_tokens")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("respondent_id", "text", (col) => col.notNull().references("survey_respondents.id").onDelete("cascade"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("survey_respondent_tokens_respondent_idx").on("survey_respondent_tokens").column("respondent_id").execute();

  // A respondent's answers (JSON text), saved as they go; submitted once complete, editable until the close.
  await db.schema
    .createTable("survey_responses")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("respondent_id", "text", (col) => col.notNull().unique().references("survey_respondents.id").onDelete("cascade"))
    .addColumn("round_id", "text", (col) => col.notNull().references("survey_rounds.id").onDelete("cascade"))
    .addColumn("instrument_id", "text", (col) => col.notNull())
    .addColumn("instrument_version", "integer", (col) => col.notNull())
    .addColumn("answers", "text", (col) => col.notNull())
    .addColumn("submitted_at", "text")
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("survey_responses_round_idx").on("survey_responses").columns(["round_id", "submitted_at"]).execute();

  // Each invitation or reminder sent: inserting its key is the claim, so that each goes out once however
  // many instances try; the message itself is in the outbox.
  await db.schema
    .createTable("survey_mailings")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("respondent_id", "text", (col) => col.notNull().references("survey_respondents.id").onDelete("cascade"))
    /** invitation, reminder or link (a new link sent by hand). */
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("mail_message_id", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  // The library of suggested action steps, keyed to an instrument's score. Built-in suggestions ship with
  // the code; a row with `built_in_key` replaces (or, hidden, removes) that one; other rows are added ones.
  await db.schema
    .createTable("action_suggestions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("built_in_key", "text", (col) => col.unique())
    .addColumn("instrument_id", "text", (col) => col.notNull())
    .addColumn("score_key", "text", (col) => col.notNull())
    .addColumn("text_en", "text", (col) => col.notNull())
    .addColumn("text_fr", "text", (col) => col.notNull())
    .addColumn("hidden", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();

  // What the coordinator decided about a proposed step: accepted (then an activity), edited, or dismissed.
  await db.schema
    .createTable("survey_action_steps")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("round_id", "text", (col) => col.notNull().references("survey_rounds.id").onDelete("cascade"))
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("score_key", "text", (col) => col.notNull())
    /** The suggestion it came from (a built-in key or a row's id); null for a step written from scratch. */
    .addColumn("suggestion_key", "text")
    .addColumn("text", "text", (col) => col.notNull())
    /** accepted or dismissed. */
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("activity_id", "text", (col) => col.references("plan_activities.id").onDelete("set null"))
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("survey_action_steps_round_idx").on("survey_action_steps").columns(["round_id", "score_key"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "survey_action_steps",
    "action_suggestions",
    "survey_mailings",
    "survey_responses",
    "survey_respondent_tokens",
    "survey_respondents",
    "survey_rounds",
    "instruments",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable("plan_activities").dropColumn("survey_score_key").execute();
  await db.schema.alterTable("plan_activities").dropColumn("survey_round_id").execute();
  await db.schema.alterTable("users").dropColumn("response_export").execute();
  await db.schema.alterTable("programs").dropColumn("survey_threshold").execute();
}
