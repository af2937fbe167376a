import { sql, type Kysely, type RawBuilder } from "kysely";
import type { ProgramListQuery } from "../../../contracts/programs.js";
import type { DB, NewProgram, ProgramPatch } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

/**
 * What may be done to programs (each a scope of ids, or narrowed to one for a single row), and
 * `countable`: which partnerships each program's partnership count counts (null: all).
 */
export type ProgramScopes<S extends Scope = Scope> = {
  visible: S;
  countable: RawBuilder<boolean> | null;
  update: S;
  openPartnerships: S;
  chooseRubric: S;
  editComposition: S;
};

// Case-folded so that both databases order mixed-case codes and names alike.
const SORT_EXPRESSIONS = {
  code: sql`lower(programs.code)`,
  name: sql`lower(programs.name)`,
  createdAt: sql`programs.created_at`,
} as const;

function selectPrograms(db: Kysely<DB>, visible: Scope) {
  return db.selectFrom("programs").$call((qb) => (visible ? qb.where("programs.id", "in", visible) : qb));
}

/** A program's row, how many of its partnerships the caller can see (hidden ones are not counted) and what the caller may do with it. */
function withDetails(query: ReturnType<typeof selectPrograms>, scopes: ProgramScopes) {
  return query
    .selectAll("programs")
    .select((eb) =>
      eb
        .selectFrom("partnerships")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("partnerships.program_id", "=", "programs.id")
        .$call((qb) => (scopes.countable ? qb.where(scopes.countable) : qb))
        .as("partnership_count"),
    )
    .select([
      scopeFlag("programs.id", scopes.update).as("can_update"),
      scopeFlag("programs.id", scopes.openPartnerships).as("can_open_partnerships"),
      scopeFlag("programs.id", scopes.chooseRubric).as("can_choose_rubric"),
      scopeFlag("programs.id", scopes.editComposition).as("can_edit_composition"),
    ]);
}

export type ProgramDetailRow = NonNullable<Awaited<ReturnType<typeof findProgram>>>;

export function findProgram(db: Kysely<DB>, id: string, scopes: ProgramScopes<RowScope>) {
  return withDetails(selectPrograms(db, scopes.visible), scopes).where("programs.id", "=", id).executeTakeFirst();
}

export async function listPrograms(db: Kysely<DB>, query: ProgramListQuery, scopes: ProgramScopes, limit: number, offset: number) {
  const search = query.q ? `%${query.q.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
  const filtered = selectPrograms(db, scopes.visible).$if(search !== null, (qb) =>
    qb.where(sql<boolean>`(lower(programs.code) like ${search} escape '\\' or lower(programs.name) like ${search} escape '\\')`),
  );
  const [rows, count] = await Promise.all([
    withDetails(filtered, scopes)
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
export function findProgramAccess(db: Kysely<DB>, id: string, open: RowScope) {
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
