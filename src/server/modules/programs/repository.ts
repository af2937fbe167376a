import { sql, type Kysely } from "kysely";
import type { ProgramListQuery } from "../../../contracts/programs.js";
import type { DB, NewProgram, ProgramPatch } from "../../db/schema.js";
import { scopeFlag, type Scope } from "../access/scope.js";

// Case-folded so that both databases order mixed-case codes and names alike.
const SORT_EXPRESSIONS = {
  code: sql`lower(programs.code)`,
  name: sql`lower(programs.name)`,
  createdAt: sql`programs.created_at`,
} as const;

function selectPrograms(db: Kysely<DB>, visible: Scope) {
  return db.selectFrom("programs").$call((qb) => (visible ? qb.where("programs.id", "in", visible) : qb));
}

/** A program's row and how many of its partnerships the caller can see (hidden ones are not counted). */
function withDetails(query: ReturnType<typeof selectPrograms>, countable: Scope) {
  return query.selectAll("programs").select((eb) =>
    eb
      .selectFrom("partnerships")
      .select(eb.fn.countAll<number>().as("n"))
      .whereRef("partnerships.program_id", "=", "programs.id")
      .$call((qb) => (countable ? qb.where("partnerships.id", "in", countable) : qb))
      .as("partnership_count"),
  );
}

export function findProgram(db: Kysely<DB>, id: string, visible: Scope, countable: Scope) {
  return withDetails(selectPrograms(db, visible), countable).where("programs.id", "=", id).executeTakeFirst();
}

export async function listPrograms(
  db: Kysely<DB>,
  query: ProgramListQuery,
  visible: Scope,
  countable: Scope,
  limit: number,
  offset: number,
) {
  const search = query.q ? `%${query.q.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
  const filtered = selectPrograms(db, visible).$if(search !== null, (qb) =>
    qb.where(sql<boolean>`(lower(programs.code) like ${search} escape '\\' or lower(programs.name) like ${search} escape '\\')`),
  );
  const [rows, count] = await Promise.all([
    withDetails(filtered, countable)
      .orderBy(SORT_EXPRESSIONS[query.sort], query.order)
      .orderBy("programs.id", query.order)
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The program using a code, compared without case (codes are ASCII, so lower() agrees on both databases). */
export function findProgramByCode(db: Kysely<DB>, code: string) {
  return db
    .selectFrom("programs")
    .select(["id", "code"])
    .where(sql<boolean>`lower(programs.code) = ${code.toLowerCase()}`)
    .executeTakeFirst();
}

/** Whether a program exists and whether the caller may open partnerships in it. */
export function findProgramAccess(db: Kysely<DB>, id: string, open: Scope) {
  return db
    .selectFrom("programs")
    .select(["programs.id", scopeFlag("programs.id", open).as("is_open")])
    .where("programs.id", "=", id)
    .executeTakeFirst();
}

export async function insertProgram(db: Kysely<DB>, row: NewProgram): Promise<void> {
  await db.insertInto("programs").values(row).execute();
}

export async function updateProgram(db: Kysely<DB>, id: string, patch: ProgramPatch): Promise<void> {
  await db.updateTable("programs").set(patch).where("id", "=", id).execute();
}
