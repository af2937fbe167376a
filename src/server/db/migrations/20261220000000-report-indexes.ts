import type { Kysely } from "kysely";

// The involvement report reads, for one round, the 13 answers of every record. Without this index
// that is a scan of the whole table, whose stored reasons make it many times wider than the answers;
// with it the database reads the index alone (PostgreSQL once the table has been vacuumed).
// membership_id comes second so that a report limited to some partnerships still reads only the index.
// The columns are written out: a migration must keep meaning what it meant when it first ran.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("involvement_records_round_answers_idx")
    .on("involvement_records")
    .columns([
      "round",
      "membership_id",
      "perspective",
      "proposal_copy",
      "support_letter",
      "proposal_committee",
      "planned_implementation",
      "responsible_implementation",
      "financial_resources",
      "human_resources",
      "inkind_resources",
      "coordinated_activities",
      "developed_protocols",
      "shared_decision_making",
      "fiscal_management",
      "reporting_results",
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("involvement_records_round_answers_idx").ifExists().execute();
}
