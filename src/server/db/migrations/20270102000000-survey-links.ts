import { sql, type Kysely } from "kysely";

// A respondent holds several links at once: the invitation's and each reminder's keep working until a
// new link or a revocation ends them, and all of them end with the respondent's expires_at. Each link
// mailed is a row of survey_respondent_tokens (the hash of its secret); the one hash a respondent held
// so far moves there, still working unless the respondent was revoked.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("survey_respondent_tokens")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("respondent_id", "text", (col) => col.notNull().references("survey_respondents.id").onDelete("cascade"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("survey_respondent_tokens_respondent_idx").on("survey_respondent_tokens").column("respondent_id").execute();
  await sql`
    insert into survey_respondent_tokens (token_hash, respondent_id, created_at, revoked_at)
    select token_hash, id, coalesce(last_reminded_at, invited_at, created_at), revoked_at from survey_respondents
  `.execute(db);
  await db.schema.dropIndex("survey_respondents_token_idx").execute();
  await db.schema.alterTable("survey_respondents").dropColumn("token_hash").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // Back to one hash per respondent: the latest link each one held (a respondent with none gets a hash
  // that no secret gives, so that the column can be required and unique again).
  await db.schema.alterTable("survey_respondents").addColumn("token_hash", "text").execute();
  await sql`
    update survey_respondents set token_hash = coalesce(
      (select t.token_hash from survey_respondent_tokens t where t.respondent_id = survey_respondents.id
        order by t.created_at desc, t.token_hash limit 1),
      'none:' || id)
  `.execute(db);
  await db.schema.createIndex("survey_respondents_token_idx").unique().on("survey_respondents").column("token_hash").execute();
  await db.schema.dropTable("survey_respondent_tokens").execute();
}
