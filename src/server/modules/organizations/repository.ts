import { sql, SqliteIntrospector, type Expression, type Kysely, type SqlBool } from "kysely";
import type { OrganizationListQuery } from "../../../contracts/organizations.js";
import { escapeLike, nameKey } from "../../../domain/registry/name-key.js";
import type { DB, NewOrganization, OrganizationPatch } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

/**
 * What may be done to organizations: each a scope of ids (for a list) or narrowed to one (for a single row);
 * `partnerships`, the partnerships the caller may read, whose memberships alone an organization's count takes in.
 */
export type OrganizationScopes<S extends Scope = Scope> = {
  visible: S;
  update: S;
  delete: S;
  readContacts: S;
  manageContacts: S;
  partnerships: Scope;
};

const SORT_COLUMNS = {
  name: "organizations.name_key",
  sector: "organizations.sector",
  createdAt: "organizations.created_at",
  updatedAt: "organizations.updated_at",
} as const;

/** Trigram search needs three characters; shorter text is looked for with LIKE, which scans. */
const TRIGRAM = 3;

/** An FTS5 phrase: the text as one quoted string, its quotes doubled. */
function phrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The organizations whose key contains every group of words of one of `alternatives` (each word at
 * least three characters), answered by the name search index: on SQLite the FTS5 trigram table
 * (migration 20261228300000), on PostgreSQL LIKE, which pg_trgm's GIN index answers where it exists.
 */
function keyContains(db: Kysely<DB>, alternatives: readonly (readonly string[])[]): Expression<SqlBool> {
  if (db.introspection instanceof SqliteIntrospector) {
    const match = alternatives.map((words) => `(${words.map(phrase).join(" AND ")})`).join(" OR ");
    return sql<SqlBool>`organizations.id in (select organization_name_search.id from organization_name_search where organization_name_search match ${match})`;
  }
  const like = (word: string) => sql<SqlBool>`organizations.name_key like ${`%${escapeLike(word)}%`} escape '\\'`;
  const groups = alternatives.map((words) => sql<SqlBool>`(${sql.join(words.map(like), sql` and `)})`);
  return sql<SqlBool>`(${sql.join(groups, sql` or `)})`;
}

/** Organizations whose key contains the searched text: through the index from three characters on. */
function nameMatches(db: Kysely<DB>, q: string): Expression<SqlBool> {
  const key = nameKey(q);
  if ([...key].length >= TRIGRAM) return keyContains(db, [[key]]);
  return sql<SqlBool>`organizations.name_key like ${`%${escapeLike(key)}%`} escape '\\'`;
}

function selectOrganizations(db: Kysely<DB>, scope: Scope) {
  return db.selectFrom("organizations").$call((qb) => (scope ? qb.where("organizations.id", "in", scope) : qb));
}

/** The columns an organization is presented with: its row, membership count and what the caller may do with it. */
function withDetails(query: ReturnType<typeof selectOrganizations>, scopes: OrganizationScopes) {
  return query
    .selectAll("organizations")
    .select((eb) =>
      eb
        .selectFrom("memberships")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("memberships.organization_id", "=", "organizations.id")
        // Only the memberships the caller may see: a count must not tell of partnerships hidden from them. Each of
        // the organization's few memberships is checked against the scope (a correlated EXISTS), never the scope listed.
        .$call((qb) => {
          const partnerships = scopes.partnerships;
          if (!partnerships) return qb;
          return qb.where((inner) =>
            inner.exists(
              inner.selectFrom(partnerships.as("reach")).select("reach.id").whereRef("reach.id", "=", "memberships.partnership_id"),
            ),
          );
        })
        .as("membership_count"),
    )
    .select([
      scopeFlag("organizations.id", scopes.update).as("can_update"),
      scopeFlag("organizations.id", scopes.delete).as("can_delete"),
      scopeFlag("organizations.id", scopes.readContacts).as("can_read_contacts"),
      scopeFlag("organizations.id", scopes.manageContacts).as("can_manage_contacts"),
    ])
    .select((eb) =>
      eb.selectFrom("users").select("users.name").whereRef("users.id", "=", "organizations.updated_by").as("updated_by_name"),
    );
}

export type OrganizationDetailRow = NonNullable<Awaited<ReturnType<typeof findOrganization>>>;

export function findOrganization(db: Kysely<DB>, id: string, scopes: OrganizationScopes<RowScope>) {
  return withDetails(selectOrganizations(db, scopes.visible), scopes).where("organizations.id", "=", id).executeTakeFirst();
}

/** An organization's name, if it exists and the caller may see it. */
export function findVisibleOrganization(db: Kysely<DB>, id: string, scope: RowScope) {
  return selectOrganizations(db, scope)
    .select(["organizations.id", "organizations.name"])
    .where("organizations.id", "=", id)
    .executeTakeFirst();
}

/** From this many matches on, a search by name is paged by walking the name index rather than sorting every match. */
const DENSE_MATCHES = 1000;

/** Trigrams a match is looked up by: at most this many, a word's first and last, longest words first. */
const PROBES = 4;

/**
 * A few trigrams of the key, within words: every key containing the text contains them, and they are
 * rarer than the whole text's trigrams (which include "on " and " de"), so the index reads short lists.
 * Null when the text has no word of three characters (then the whole text is the phrase).
 */
function probeTrigrams(key: string): string[] | null {
  const words = [...new Set(key.split(" ").map((word) => [...word]))].filter((word) => word.length >= TRIGRAM);
  words.sort((a, b) => b.length - a.length);
  const probes = new Set<string>();
  for (const word of words) {
    probes.add(word.slice(0, TRIGRAM).join(""));
    probes.add(word.slice(-TRIGRAM).join(""));
  }
  return probes.size === 0 ? null : [...probes].slice(0, PROBES);
}

/** How many rows of the trigram table an FTS5 query matches, from its index alone (rowids, no stored text). */
async function countFts(db: Kysely<DB>, match: string): Promise<number> {
  const row = await sql<{
    n: number;
  }>`select count(*) as n from organization_name_search where organization_name_search match ${match}`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

/**
 * How a search by name filters on SQLite. A few trigrams of the text find the candidates in short
 * index lists, and LIKE keeps those whose key contains the text; when the candidates are so many that
 * sorting them costs more than walking the name index in order, the walk tests each key with LIKE
 * and the number of matches comes from the trigram table alone (the whole text as one phrase).
 * On PostgreSQL, pg_trgm's index answers the LIKE itself.
 */
async function nameSearchPlan(db: Kysely<DB>, query: OrganizationListQuery, scope: Scope) {
  const key = nameKey(query.q ?? "");
  if (key === "") return { filter: null, total: null };
  if (!(db.introspection instanceof SqliteIntrospector) || [...key].length < TRIGRAM) return { filter: nameMatches(db, key), total: null };
  const like = sql<SqlBool>`organizations.name_key like ${`%${escapeLike(key)}%`} escape '\\'`;
  const probes = probeTrigrams(key);
  const candidatesMatch = probes === null ? phrase(key) : probes.map(phrase).join(" AND ");
  const candidates = await countFts(db, candidatesMatch);
  const unfiltered =
    scope === null && query.sector === undefined && query.governmentLevel === undefined && query.hasCrimePreventionMandate === undefined;
  if (candidates >= DENSE_MATCHES) {
    const total = unfiltered ? await countFts(db, phrase(key)) : null;
    return { filter: query.sort === "name" ? like : nameMatches(db, key), total };
  }
  const found = sql<SqlBool>`organizations.id in (select organization_name_search.id from organization_name_search where organization_name_search match ${candidatesMatch})`;
  return { filter: sql<SqlBool>`(${found} and ${like})`, total: null };
}

export async function listOrganizations(
  db: Kysely<DB>,
  query: OrganizationListQuery,
  scopes: OrganizationScopes,
  limit: number,
  offset: number,
) {
  const search = await nameSearchPlan(db, query, scopes.visible);
  const filtered = selectOrganizations(db, scopes.visible)
    .$if(search.filter !== null, (qb) => qb.where(search.filter ?? sql<SqlBool>`1 = 1`))
    .$if(query.sector !== undefined, (qb) => qb.where("organizations.sector", "=", query.sector ?? ""))
    .$if(query.governmentLevel !== undefined, (qb) => qb.where("organizations.government_level", "=", query.governmentLevel ?? ""))
    .$if(query.hasCrimePreventionMandate !== undefined, (qb) =>
      qb.where("organizations.has_crime_prevention_mandate", "=", query.hasCrimePreventionMandate ? 1 : 0),
    );
  const rowsQuery = withDetails(filtered, scopes)
    .orderBy(SORT_COLUMNS[query.sort], query.order)
    .orderBy("organizations.id", query.order)
    .limit(limit)
    .offset(offset);
  const [rows, total] = await Promise.all([
    rowsQuery.execute(),
    search.total ??
      filtered
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
        .then((count) => Number(count.n)),
  ]);
  return { rows, total };
}

export function findBySectorAndKey(db: Kysely<DB>, sector: string, nameKeyValue: string) {
  return db
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("sector", "=", sector)
    .where("name_key", "=", nameKeyValue)
    .executeTakeFirst();
}

export async function insertOrganization(db: Kysely<DB>, row: NewOrganization): Promise<void> {
  await db.insertInto("organizations").values(row).execute();
}

export async function updateOrganization(db: Kysely<DB>, id: string, patch: OrganizationPatch): Promise<void> {
  await db.updateTable("organizations").set(patch).where("id", "=", id).execute();
}

export async function deleteOrganization(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("organizations").where("id", "=", id).execute();
}

/** What still refers to an organization, so that a delete can be refused with a reason. */
export async function countReferences(db: Kysely<DB>, id: string) {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom("memberships").select(eb.fn.countAll<number>().as("n")).where("organization_id", "=", id).as("memberships"),
      eb.selectFrom("partnerships").select(eb.fn.countAll<number>().as("n")).where("lead_organization_id", "=", id).as("led"),
      eb.selectFrom("users").select(eb.fn.countAll<number>().as("n")).where("organization_id", "=", id).as("users"),
    ])
    .executeTakeFirstOrThrow();
  return { memberships: Number(row.memberships), led: Number(row.led), users: Number(row.users) };
}

/**
 * Organizations the caller can see whose key contains two of the given words (or the one word, for a
 * name of one word): the candidates a name is compared with. Each word is a LIKE '%word%', which the
 * name search index answers from its trigrams.
 */
export function findNameCandidates(db: Kysely<DB>, words: readonly string[], scope: Scope, exceptId: string | undefined, limit: number) {
  const pairs = words.flatMap((first, index) => words.slice(index + 1).map((second) => [first, second]));
  return selectOrganizations(db, scope)
    .select(["organizations.id", "organizations.name", "organizations.sector"])
    .where(keyContains(db, pairs.length === 0 ? words.map((word) => [word]) : pairs))
    .$if(exceptId !== undefined, (qb) => qb.where("organizations.id", "<>", exceptId ?? ""))
    .orderBy("organizations.name_key")
    .limit(limit)
    .execute();
}
