import { sql, type Kysely } from "kysely";
import type { Role } from "../../../domain/vocabulary.js";
import type { DB, NewUser, UserRow } from "../../db/schema.js";

export type UserFilters = { q?: string; role?: Role; disabled?: boolean };

/** A user row with the number of active administrators, which decides whether it may be demoted or disabled. */
export type UserWithAdmins = UserRow & { active_admins: number };

function activeAdmins(db: Kysely<DB>) {
  return db
    .selectFrom("users as admins")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("admins.role", "=", "admin")
    .where("admins.disabled", "=", 0);
}

/** `%` and `_` in what the user typed are matched literally. */
function containsPattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

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

/** One user with the count of active administrators, in one query. */
export async function findUserWithAdmins(db: Kysely<DB>, id: string): Promise<UserWithAdmins | undefined> {
  const row = await db
    .selectFrom("users")
    .selectAll("users")
    .select(activeAdmins(db).as("active_admins"))
    .where("users.id", "=", id)
    .executeTakeFirst();
  return row && { ...row, active_admins: Number(row.active_admins) };
}

function filtered(db: Kysely<DB>, filters: UserFilters) {
  const q = filters.q?.trim();
  return db
    .selectFrom("users")
    .$if(q !== undefined && q !== "", (qb) =>
      qb.where(
        sql<boolean>`(lower(users.name) like ${containsPattern(q ?? "")} escape '\\' or users.email like ${containsPattern(q ?? "")} escape '\\')`,
      ),
    )
    .$if(filters.role !== undefined, (qb) => qb.where("users.role", "=", filters.role ?? ""))
    .$if(filters.disabled !== undefined, (qb) => qb.where("users.disabled", "=", filters.disabled ? 1 : 0));
}

/** A page of users matching the filters, ordered by email, with the number of active administrators. */
export async function listUsers(db: Kysely<DB>, filters: UserFilters, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    filtered(db, filters)
      .selectAll("users")
      .select(activeAdmins(db).as("active_admins"))
      .orderBy("users.email")
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, filters)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => ({ ...row, active_admins: Number(row.active_admins) })), total: Number(count.n) };
}

/**
 * Locks the active administrators' rows until the transaction ends (a write that changes nothing), so
 * that two administrators demoting each other at once cannot leave none: the second waits for the
 * first and then counts what it left.
 */
export async function lockActiveAdmins(db: Kysely<DB>): Promise<number> {
  const result = await db
    .updateTable("users")
    .set((eb) => ({ updated_at: eb.ref("updated_at") }))
    .where("role", "=", "admin")
    .where("disabled", "=", 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
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

export function findUserIdById(db: Kysely<DB>, id: string) {
  return db.selectFrom("users").select("id").where("id", "=", id).executeTakeFirst();
}
