import type { Kysely } from "kysely";
import type { DB, NewUser, UserRow } from "../../db/schema.js";

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

export function findUser(db: Kysely<DB>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findUserIdByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
}

export async function updateUser(db: Kysely<DB>, id: string, patch: Partial<NewUser>): Promise<void> {
  await db.updateTable("users").set(patch).where("id", "=", id).execute();
}

export async function listUsers(db: Kysely<DB>, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db.selectFrom("users").selectAll().orderBy("email").limit(limit).offset(offset).execute(),
    db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Program and partnership assignments of several users, in two queries. */
export async function assignmentsOf(db: Kysely<DB>, userIds: string[]) {
  if (userIds.length === 0) return { programs: [], partnerships: [] };
  const [programs, partnerships] = await Promise.all([
    db.selectFrom("user_programs").select(["user_id", "program_id"]).where("user_id", "in", userIds).execute(),
    db.selectFrom("partnership_coordinators").select(["user_id", "partnership_id"]).where("user_id", "in", userIds).execute(),
  ]);
  return { programs, partnerships };
}

export async function replaceProgramAssignments(db: Kysely<DB>, userId: string, programIds: string[]): Promise<void> {
  await db.deleteFrom("user_programs").where("user_id", "=", userId).execute();
  if (programIds.length > 0) {
    await db
      .insertInto("user_programs")
      .values(programIds.map((programId) => ({ user_id: userId, program_id: programId })))
      .execute();
  }
}

export async function replacePartnershipAssignments(db: Kysely<DB>, userId: string, partnershipIds: string[]): Promise<void> {
  await db.deleteFrom("partnership_coordinators").where("user_id", "=", userId).execute();
  if (partnershipIds.length > 0) {
    await db
      .insertInto("partnership_coordinators")
      .values(partnershipIds.map((partnershipId) => ({ user_id: userId, partnership_id: partnershipId })))
      .execute();
  }
}

export async function countExisting(db: Kysely<DB>, table: "programs" | "partnerships" | "organizations", ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("id", "in", ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
