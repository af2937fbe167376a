import type { Kysely } from "kysely";

// The 13 project-level indicators, in the order of the study's Table 1. Written out here rather than
// imported: a migration must keep meaning what it meant when it first ran.
const INDICATOR_COLUMNS = [
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
];

// Built-in rubrics are not stored: they ship with the code (the command line classifies without a
// database) and a stored copy could drift from it. This table holds only rubrics people add.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rubrics")
    .addColumn("id", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("document", "text", (col) => col.notNull())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("rubrics_pk", ["id", "version"])
    .execute();

  // A small table rather than a column on programs: most programs keep the built-in default.
  await db.schema
    .createTable("program_default_rubrics")
    .addColumn("program_id", "text", (col) => col.primaryKey().references("programs.id").onDelete("cascade"))
    .addColumn("rubric_id", "text", (col) => col.notNull())
    .addColumn("set_by", "text")
    .addColumn("set_at", "text", (col) => col.notNull())
    .execute();

  let records = db.schema
    .createTable("involvement_records")
    .addColumn("id", "text", (col) => col.primaryKey())
    // Answers belong to the membership: removing a member removes what was recorded about it.
    .addColumn("membership_id", "text", (col) => col.notNull().references("memberships.id").onDelete("cascade"))
    .addColumn("perspective", "text", (col) => col.notNull())
    .addColumn("round", "text", (col) => col.notNull().defaultTo("baseline"))
    .addColumn("respondent", "text")
    .addColumn("answered_on", "text");
  for (const column of INDICATOR_COLUMNS) records = records.addColumn(column, "integer");
  await records
    // The classification as it was made: later rubric versions never rewrite it.
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("type_ordinal", "integer", (col) => col.notNull())
    .addColumn("rubric_id", "text", (col) => col.notNull())
    .addColumn("rubric_version", "integer", (col) => col.notNull())
    .addColumn("complete", "integer", (col) => col.notNull())
    .addColumn("reasons", "text", (col) => col.notNull())
    .addColumn("classified_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addUniqueConstraint("involvement_records_membership_perspective_round_unique", ["membership_id", "perspective", "round"])
    .execute();
  // Reports count types per perspective and round across many memberships.
  await db.schema
    .createIndex("involvement_records_perspective_round_idx")
    .on("involvement_records")
    .columns(["perspective", "round", "membership_id", "type"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["involvement_records", "program_default_rubrics", "rubrics"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
