import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { Perspective } from "../../../contracts/involvement.js";
import { PROJECT_INDICATOR_KEYS } from "../../../domain/typology/indicators.js";
import type { DB, InvolvementRecordPatch, NewInvolvementRecord } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

export type InvolvementScopes = { visible: RowScope; readable: RowScope; lead: RowScope; partner: RowScope };

/**
 * The membership if it belongs to the partnership and the caller can see that partnership, with what
 * the caller may do with its involvement records.
 */
export function findMembershipAccess(db: Kysely<DB>, partnershipId: string, membershipId: string, scopes: InvolvementScopes) {
  return db
    .selectFrom("memberships")
    .innerJoin("partnerships", "partnerships.id", "memberships.partnership_id")
    .select([
      "memberships.id",
      "memberships.organization_id",
      "partnerships.program_id",
      "partnerships.lead_organization_id",
      scopeFlag("memberships.id", scopes.readable).as("can_read"),
      scopeFlag("memberships.id", scopes.lead).as("can_write_lead"),
      scopeFlag("memberships.id", scopes.partner).as("can_write_partner"),
    ])
    .where("memberships.id", "=", membershipId)
    .where("memberships.partnership_id", "=", partnershipId)
    .$call((qb) => (scopes.visible ? qb.where("partnerships.id", "in", scopes.visible) : qb))
    .executeTakeFirst();
}

/** The membership with its organization, program and lead, whoever asks: for writers that have no signed-in user. */
export function findMembershipOfPartnership(db: Kysely<DB>, partnershipId: string, membershipId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("partnerships", "partnerships.id", "memberships.partnership_id")
    .select(["memberships.id", "memberships.organization_id", "partnerships.program_id", "partnerships.lead_organization_id"])
    .where("memberships.id", "=", membershipId)
    .where("memberships.partnership_id", "=", partnershipId)
    .executeTakeFirst();
}

/** The name of who last saved a record, in the same query. */
function updatedByName(eb: ExpressionBuilder<DB, "involvement_records">) {
  return eb.selectFrom("users").select("users.name").whereRef("users.id", "=", "involvement_records.updated_by").as("updated_by_name");
}

// The usual rounds in the order they happen; any other round sorts after them by name.
const ROUND_ORDER = sql<number>`case involvement_records.round when 'baseline' then 0 when 'midterm' then 1 when 'final' then 2 else 3 end`;

export async function listRecordsOfMembership(db: Kysely<DB>, membershipId: string, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom("involvement_records")
      .selectAll("involvement_records")
      .select(updatedByName)
      .where("membership_id", "=", membershipId)
      .orderBy(ROUND_ORDER)
      .orderBy("round")
      .orderBy("perspective")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("involvement_records")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("membership_id", "=", membershipId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findRecord(db: Kysely<DB>, membershipId: string, perspective: Perspective, round: string) {
  return db
    .selectFrom("involvement_records")
    .selectAll()
    .where("membership_id", "=", membershipId)
    .where("perspective", "=", perspective)
    .where("round", "=", round)
    .executeTakeFirst();
}

export function findRecordById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom("involvement_records")
    .selectAll("involvement_records")
    .select(updatedByName)
    .where("involvement_records.id", "=", id)
    .executeTakeFirstOrThrow();
}

export async function insertRecord(db: Kysely<DB>, row: NewInvolvementRecord): Promise<void> {
  await db.insertInto("involvement_records").values(row).execute();
}

export async function updateRecord(db: Kysely<DB>, id: string, patch: InvolvementRecordPatch): Promise<void> {
  await db.updateTable("involvement_records").set(patch).where("id", "=", id).execute();
}

export async function deleteRecord(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("involvement_records").where("id", "=", id).execute();
}

/** Every record of every member of a partnership, in one query. */
export function listRecordsOfPartnership(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("involvement_records")
    .selectAll("involvement_records")
    .where(
      "membership_id",
      "in",
      db.selectFrom("memberships").select("memberships.id").where("memberships.partnership_id", "=", partnershipId),
    )
    .orderBy("involvement_records.id")
    .execute();
}

/** The records of many memberships in one round, in one query. */
export async function listRecordsOfMemberships(db: Kysely<DB>, membershipIds: string[], round: string) {
  if (membershipIds.length === 0) return [];
  return db.selectFrom("involvement_records").selectAll().where("membership_id", "in", membershipIds).where("round", "=", round).execute();
}

/**
 * Members with both a lead and a partner record in a round, widest gap first (then where the lead
 * sees more than the partner, then by name), a page at a time.
 */
// Indicators one side counts as yes and the other does not; not answered counts as no, as in classification.
const disagreementCount = sql.join(
  PROJECT_INDICATOR_KEYS.map(
    (key) => sql`case when coalesce(${sql.ref(`lead.${key}`)}, 0) = coalesce(${sql.ref(`partner.${key}`)}, 0) then 0 else 1 end`,
  ),
  sql` + `,
);

export async function pageOfGaps(db: Kysely<DB>, partnershipId: string, round: string, readable: Scope, limit: number, offset: number) {
  const paired = db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .innerJoin("involvement_records as lead", (join) =>
      join.onRef("lead.membership_id", "=", "memberships.id").on("lead.perspective", "=", "lead").on("lead.round", "=", round),
    )
    .innerJoin("involvement_records as partner", (join) =>
      join.onRef("partner.membership_id", "=", "memberships.id").on("partner.perspective", "=", "partner").on("partner.round", "=", round),
    )
    .where("memberships.partnership_id", "=", partnershipId)
    .$call((qb) => (readable ? qb.where("memberships.id", "in", readable) : qb));
  const [rows, count] = await Promise.all([
    paired
      .select(["memberships.id as membership_id", "organizations.id as organization_id", "organizations.name as organization_name"])
      // The order of byGapSize (domain/typology/perception-gap.ts), so that pages follow it.
      .orderBy(sql`abs(lead.type_ordinal - partner.type_ordinal)`, "desc")
      .orderBy(disagreementCount, "desc")
      .orderBy("organizations.name_key")
      .orderBy("memberships.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    paired.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
