import type { Kysely } from "kysely";
import type { DB, NewRubric } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

/** A stored rubric: the given version, or the latest one. */
export function findRubricRow(db: Kysely<DB>, id: string, version?: number) {
  return db
    .selectFrom("rubrics")
    .selectAll()
    .where("id", "=", id)
    .$if(version !== undefined, (qb) => qb.where("version", "=", version ?? 0))
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function latestRubricVersion(db: Kysely<DB>, id: string): Promise<number | null> {
  const row = await db
    .selectFrom("rubrics")
    .select((eb) => eb.fn.max("version").as("version"))
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.version ?? null;
}

/** The latest version of each stored rubric, by id, a page at a time. */
export async function listLatestRubrics(db: Kysely<DB>, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom("rubrics")
      .selectAll()
      .where((eb) =>
        eb(
          "rubrics.version",
          "=",
          eb
            .selectFrom("rubrics as later")
            .select((later) => later.fn.max("later.version").as("version"))
            .whereRef("later.id", "=", "rubrics.id"),
        ),
      )
      .orderBy("rubrics.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("rubrics")
      .select((eb) => eb.fn.count<number>("id").distinct().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertRubric(db: Kysely<DB>, row: NewRubric): Promise<void> {
  await db.insertInto("rubrics").values(row).execute();
}

/** A program the caller can see, its chosen rubric if any, and whether the caller may choose another. */
export function findProgramRubric(db: Kysely<DB>, programId: string, visible: RowScope, choosable: RowScope) {
  return db
    .selectFrom("programs")
    .leftJoin("program_default_rubrics as chosen", "chosen.program_id", "programs.id")
    .select(["programs.id", "chosen.rubric_id", "chosen.set_at", scopeFlag("programs.id", choosable).as("can_choose")])
    .where("programs.id", "=", programId)
    .$call((qb) => (visible ? qb.where("programs.id", "in", visible) : qb))
    .executeTakeFirst();
}

/** The rubric id a program has chosen, whoever asks (for classifying). */
export async function chosenRubricId(db: Kysely<DB>, programId: string): Promise<string | null> {
  const row = await db.selectFrom("program_default_rubrics").select("rubric_id").where("program_id", "=", programId).executeTakeFirst();
  return row?.rubric_id ?? null;
}

export async function saveProgramRubric(db: Kysely<DB>, programId: string, rubricId: string, setBy: string, setAt: string): Promise<void> {
  await db
    .insertInto("program_default_rubrics")
    .values({ program_id: programId, rubric_id: rubricId, set_by: setBy, set_at: setAt })
    .onConflict((oc) => oc.column("program_id").doUpdateSet({ rubric_id: rubricId, set_by: setBy, set_at: setAt }))
    .execute();
}

/** The programs whose chosen rubric this is, and for each whether the caller may choose its rubric. */
export function programsUsingRubric(db: Kysely<DB>, rubricId: string, choosable: Scope) {
  return db
    .selectFrom("program_default_rubrics")
    .select(["program_default_rubrics.program_id", scopeFlag("program_default_rubrics.program_id", choosable).as("can_choose")])
    .where("program_default_rubrics.rubric_id", "=", rubricId)
    .execute();
}
