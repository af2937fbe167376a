import { sql, type Kysely } from "kysely";
import type { Insertable } from "kysely";
import type { DB, InstrumentsTable } from "../../db/schema.js";
import type { Scope } from "../access/scope.js";

/** A stored version of an instrument: the given one, or the latest. */
export function findInstrumentRow(db: Kysely<DB>, id: string, version?: number) {
  return db
    .selectFrom("instruments")
    .selectAll()
    .where("id", "=", id)
    .$if(version !== undefined, (qb) => qb.where("version", "=", version ?? 0))
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function latestStoredVersion(db: Kysely<DB>, id: string): Promise<number | null> {
  const row = await db
    .selectFrom("instruments")
    .select((eb) => eb.fn.max("version").as("version"))
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.version ?? null;
}

export async function insertInstrument(db: Kysely<DB>, row: Insertable<InstrumentsTable>): Promise<void> {
  await db.insertInto("instruments").values(row).execute();
}

function likePattern(q: string | undefined): string | null {
  return q ? `%${q.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
}

/** The latest stored version of each instrument whose id is not in `except`, matching `q` on its id or titles, a page at a time. */
export async function listLatestInstruments(
  db: Kysely<DB>,
  q: string | undefined,
  except: readonly string[],
  limit: number,
  offset: number,
) {
  const search = likePattern(q);
  const latest = db
    .selectFrom("instruments")
    .where((eb) =>
      eb(
        "instruments.version",
        "=",
        eb
          .selectFrom("instruments as later")
          .select((later) => later.fn.max("later.version").as("version"))
          .whereRef("later.id", "=", "instruments.id"),
      ),
    )
    .$if(except.length > 0, (qb) => qb.where("instruments.id", "not in", except))
    .$if(search !== null, (qb) =>
      qb.where(
        sql<boolean>`(lower(instruments.id) like ${search} escape '\\' or lower(instruments.title_en) like ${search} escape '\\' or lower(instruments.title_fr) like ${search} escape '\\')`,
      ),
    );
  const [rows, count] = await Promise.all([
    limit > 0 ? latest.selectAll().orderBy("instruments.id").limit(limit).offset(offset).execute() : Promise.resolve([]),
    latest.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The latest stored version of each of these instruments (built-in ones given later versions). */
export function latestRowsOf(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("instruments")
    .selectAll()
    .where("instruments.id", "in", ids)
    .where((eb) =>
      eb(
        "instruments.version",
        "=",
        eb
          .selectFrom("instruments as later")
          .select((later) => later.fn.max("later.version").as("version"))
          .whereRef("later.id", "=", "instruments.id"),
      ),
    )
    .execute();
}

/** Every stored version number of these instruments, with when it was added. */
export function versionsOf(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("instruments").select(["id", "version"]).where("id", "in", ids).orderBy("id").orderBy("version").execute();
}

/** How many rounds use each of these instruments (any version), among the partnerships of `visible`. */
export async function roundCounts(db: Kysely<DB>, ids: readonly string[], visible: Scope): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("survey_rounds")
    .select(["instrument_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("instrument_id", "in", ids)
    .$call((qb) => (visible ? qb.where("partnership_id", "in", visible) : qb))
    .groupBy("instrument_id")
    .execute();
  return new Map(rows.map((row) => [row.instrument_id, Number(row.n)]));
}
