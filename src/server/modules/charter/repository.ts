import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

/** The partnership, its program and its charter if one is written, with who saved it last. */
export function findCharterHeader(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("partnerships")
    .innerJoin("programs", "programs.id", "partnerships.program_id")
    .leftJoin("charters", "charters.partnership_id", "partnerships.id")
    .leftJoin("users", "users.id", "charters.updated_by")
    .select([
      "partnerships.id as partnership_id",
      "partnerships.name as partnership_name",
      "partnerships.lead_organization_id",
      "programs.id as program_id",
      "programs.code as program_code",
      "programs.name as program_name",
      "programs.name_fr as program_name_fr",
      "charters.need",
      "charters.vision",
      "charters.mission",
      "charters.values",
      "charters.formality",
      "charters.governance",
      "charters.decision_making",
      "charters.conflict_resolution",
      "charters.version",
      "charters.updated_at",
      "charters.updated_by",
      "users.name as updated_by_name",
    ])
    .where("partnerships.id", "=", partnershipId)
    .executeTakeFirstOrThrow();
}
export type CharterHeaderRow = Awaited<ReturnType<typeof findCharterHeader>>;

/** Every member of the partnership with what the charter says of it, if anything, in one query. */
export function listCharterMembers(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .leftJoin("charter_members", (join) =>
      join
        .onRef("charter_members.partnership_id", "=", "memberships.partnership_id")
        .onRef("charter_members.organization_id", "=", "memberships.organization_id"),
    )
    .select([
      "memberships.id as membership_id",
      "organizations.id as organization_id",
      "organizations.name as organization_name",
      "charter_members.organization_id as charter_organization_id",
      "charter_members.gains",
      "charter_members.intended_role",
      "charter_members.expectations",
    ])
    .where("memberships.partnership_id", "=", partnershipId)
    .orderBy("organizations.name_key")
    .orderBy("memberships.id")
    .execute();
}
export type CharterMemberRow = Awaited<ReturnType<typeof listCharterMembers>>[number];

/** The type of every involvement record of the partnership's members, in one query: the latest round is picked from them. */
export function listMeasuredTypes(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("involvement_records")
    .innerJoin("memberships", "memberships.id", "involvement_records.membership_id")
    .select([
      "involvement_records.membership_id as membershipId",
      "involvement_records.perspective",
      "involvement_records.round",
      "involvement_records.type",
    ])
    .where("memberships.partnership_id", "=", partnershipId)
    .execute();
}

export type CharterFields = {
  need: string;
  vision: string;
  mission: string;
  values: string;
  formality: string | null;
  governance: string | null;
  decision_making: string | null;
  conflict_resolution: string | null;
};

export async function insertCharter(db: Kysely<DB>, partnershipId: string, fields: CharterFields, by: string | null, at: string) {
  await db
    .insertInto("charters")
    .values({ partnership_id: partnershipId, ...fields, version: 1, updated_at: at, updated_by: by })
    .execute();
}

/** Saves over the version read; false when it is no longer the stored one. */
export async function updateCharter(
  db: Kysely<DB>,
  partnershipId: string,
  version: number,
  fields: CharterFields,
  by: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("charters")
    .set({ ...fields, version: version + 1, updated_at: at, updated_by: by })
    .where("partnership_id", "=", partnershipId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type CharterMemberFields = {
  organization_id: string;
  gains: string | null;
  intended_role: string | null;
  expectations: string | null;
};

export async function replaceCharterMembers(db: Kysely<DB>, partnershipId: string, members: CharterMemberFields[]): Promise<void> {
  await db.deleteFrom("charter_members").where("partnership_id", "=", partnershipId).execute();
  if (members.length === 0) return;
  await db
    .insertInto("charter_members")
    .values(members.map((member) => ({ partnership_id: partnershipId, ...member })))
    .execute();
}

export async function insertRevision(
  db: Kysely<DB>,
  row: { id: string; partnership_id: string; version: number; content: string; saved_at: string; saved_by: string | null },
): Promise<void> {
  await db.insertInto("charter_revisions").values(row).execute();
}

function revisions(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("charter_revisions")
    .leftJoin("users", "users.id", "charter_revisions.saved_by")
    .select([
      "charter_revisions.version",
      "charter_revisions.content",
      "charter_revisions.saved_at",
      "charter_revisions.saved_by",
      "users.name as saved_by_name",
    ])
    .where("charter_revisions.partnership_id", "=", partnershipId);
}
export type RevisionRow = Awaited<ReturnType<ReturnType<typeof revisions>["execute"]>>[number];

/** A page of revisions, newest first, and the one before the page's oldest, to say what it changed. */
export async function pageOfRevisions(db: Kysely<DB>, partnershipId: string, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    revisions(db, partnershipId).orderBy("charter_revisions.version", "desc").limit(limit).offset(offset).execute(),
    db
      .selectFrom("charter_revisions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("partnership_id", "=", partnershipId)
      .executeTakeFirstOrThrow(),
  ]);
  const oldest = rows.at(-1);
  const before =
    oldest && oldest.version > 1
      ? await revisions(db, partnershipId)
          .where("charter_revisions.version", "=", oldest.version - 1)
          .executeTakeFirst()
      : undefined;
  return { rows, before, total: Number(count.n) };
}

/** A revision and the one before it. */
export function findRevisionAndPrevious(db: Kysely<DB>, partnershipId: string, version: number) {
  return revisions(db, partnershipId)
    .where("charter_revisions.version", "in", [version, version - 1])
    .orderBy("charter_revisions.version", "desc")
    .execute();
}
