import { PostgresIntrospector, sql, type Kysely } from "kysely";

// Name search by index instead of a scan of the registry. A search is "the key contains the words",
// which a B-tree cannot answer; letter trigrams can, on both databases:
// - SQLite: an FTS5 table with the trigram tokenizer (bundled with better-sqlite3), holding each
//   organization's id and key, kept in step with organizations by triggers and filled here.
// - PostgreSQL: a GIN index over the key with pg_trgm's operator class, which answers LIKE '%…%'.
//   pg_trgm is created once per database, in the schema public (several schemas, as the tests use,
//   share it; none ever drops it). Where extensions may not be created, the index is left out and
//   searches scan as before: slower, never wrong.

/** Where pg_trgm is installed, if it is (installing it in public when it is not and that is allowed). */
export async function trigramSchema(db: Kysely<any>): Promise<string | null> {
  const installed = async () => {
    const { rows } = await sql<{ schema: string }>`
      select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
    return rows[0]?.schema ?? null;
  };
  const existing = await installed();
  if (existing !== null) return existing;
  // Migrations run in a transaction: a refused or concurrent creation is rolled back to this point only.
  await sql`savepoint create_pg_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm schema public`.execute(db);
    await sql`release savepoint create_pg_trgm`.execute(db);
  } catch {
    // Not allowed here (no privilege, not available), or created at the same moment by another instance.
    await sql`rollback to savepoint create_pg_trgm`.execute(db);
  }
  return installed();
}

async function upSqlite(db: Kysely<any>): Promise<void> {
  await sql`create virtual table organization_name_search using fts5(id unindexed, name_key, tokenize = 'trigram')`.execute(db);
  await sql`insert into organization_name_search (id, name_key) select id, name_key from organizations`.execute(db);
  await sql`
    create trigger organizations_name_search_insert after insert on organizations begin
      insert into organization_name_search (id, name_key) values (new.id, new.name_key);
    end`.execute(db);
  await sql`
    create trigger organizations_name_search_update after update of id, name_key on organizations begin
      delete from organization_name_search where id = old.id;
      insert into organization_name_search (id, name_key) values (new.id, new.name_key);
    end`.execute(db);
  await sql`
    create trigger organizations_name_search_delete after delete on organizations begin
      delete from organization_name_search where id = old.id;
    end`.execute(db);
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  const schema = await trigramSchema(db);
  if (schema === null) return;
  await sql`create index organizations_name_key_trgm_idx on organizations using gin (name_key ${sql.id(schema)}.gin_trgm_ops)`.execute(db);
}

function isPostgres(db: Kysely<any>): boolean {
  return db.introspection instanceof PostgresIntrospector;
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    // The extension stays: other schemas of the database may use it.
    await sql`drop index if exists organizations_name_key_trgm_idx`.execute(db);
    return;
  }
  for (const trigger of ["insert", "update", "delete"])
    await sql`drop trigger if exists ${sql.id(`organizations_name_search_${trigger}`)}`.execute(db);
  await sql`drop table if exists organization_name_search`.execute(db);
}
