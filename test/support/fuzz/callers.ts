// The callers a fuzzing run sends requests as: nobody, a forged token, each role's API token and
// the admin's, coordinator's and partner's browser sessions. Requests may disable, demote or sign
// them out; `restore` puts them back between batches, so that every batch reaches every role.
import type { FastifyInstance } from "fastify";
import { sql, type Selectable } from "kysely";
import type { TestDatabase } from "../databases.js";
import type { UsersTable } from "../../../src/server/db/schema.js";
import { TEST_PASSWORD, tokenFor, type World } from "../factories.js";
import { signInCredentials, type SessionCredentials } from "../sessions.js";
import { login } from "../../../src/server/modules/auth/service.js";
import type { Caller, IdPool } from "./send.js";

type Role = keyof World["tokens"];
const SESSION_ROLES: readonly Role[] = ["admin", "coordinator", "partner"];

export type Callers = {
  list: Caller[];
  /** Puts the world's users back as they were and gives a new token or session to every caller that lost one. */
  restore: () => Promise<void>;
};

export async function worldCallers(app: FastifyInstance, database: TestDatabase, world: World, sessionDays: number): Promise<Callers> {
  const db = database.db;
  const userIds = Object.values(world.users).map((user) => user.id);
  const users: Selectable<UsersTable>[] = await db.selectFrom("users").selectAll().where("id", "in", userIds).execute();
  const programs = await db.selectFrom("user_programs").selectAll().where("user_id", "in", userIds).execute();
  const coordinated = await db.selectFrom("partnership_coordinators").selectAll().where("user_id", "in", userIds).execute();
  const tokens: Record<Role, string> = { ...world.tokens };
  const sessions = new Map<Role, SessionCredentials>();
  for (const role of SESSION_ROLES) sessions.set(role, await signInCredentials(app, world.users[role].email, TEST_PASSWORD));

  const list: Caller[] = [
    { name: "anonymous", weight: 1, credentials: () => ({}) },
    {
      name: "a forged token",
      weight: 1,
      credentials: () => ({ headers: { authorization: "Bearer cvn_forged0000000000000000000000000000" } }),
    },
    ...(Object.keys(tokens) as Role[]).map((role) => ({
      name: `${role} (token)`,
      weight: role === "admin" ? 6 : 2,
      credentials: () => ({ headers: { authorization: `Bearer ${tokens[role]}` } }),
    })),
    ...SESSION_ROLES.map((role) => ({
      name: `${role} (session)`,
      weight: role === "admin" ? 3 : 2,
      credentials: (csrf: "right" | "missing" | "wrong") => {
        const session = sessions.get(role);
        const token = csrf === "right" ? session?.csrf : csrf === "wrong" ? "forged-csrf-token" : undefined;
        return { cookies: { convene_session: session?.cookie ?? "" }, headers: token ? { "x-csrf-token": token } : {} };
      },
    })),
  ];

  const answers = async (headers: Record<string, string>, cookies?: Record<string, string>) =>
    (await app.inject({ method: "GET", url: "/api/v1/auth/session", headers, ...(cookies ? { cookies } : {}) })).statusCode === 200;

  const restore = async () => {
    // A user's organization that a request deleted (after moving the user elsewhere) cannot come back either.
    const organizations = new Set((await db.selectFrom("organizations").select("id").execute()).map((row) => row.id));
    for (const user of users) {
      const { id, ...columns } = user;
      const organization = columns.organization_id !== null && organizations.has(columns.organization_id) ? columns.organization_id : null;
      await db
        .updateTable("users")
        .set({ ...columns, organization_id: organization })
        .where("id", "=", id)
        .execute();
    }
    await db.deleteFrom("user_programs").where("user_id", "in", userIds).execute();
    await db.deleteFrom("partnership_coordinators").where("user_id", "in", userIds).execute();
    // Rows whose program or partnership a request deleted cannot come back.
    for (const row of programs) {
      await sql`insert into user_programs (user_id, program_id) select ${row.user_id}, id from programs where id = ${row.program_id}`.execute(
        db,
      );
    }
    for (const row of coordinated) {
      await sql`insert into partnership_coordinators (user_id, partnership_id) select ${row.user_id}, id from partnerships where id = ${row.partnership_id}`.execute(
        db,
      );
    }
    for (const role of Object.keys(tokens) as Role[]) {
      if (!(await answers({ authorization: `Bearer ${tokens[role]}` }))) tokens[role] = await tokenFor(db, world.users[role].id);
    }
    for (const role of SESSION_ROLES) {
      const session = sessions.get(role);
      if (!session || !(await answers({}, { convene_session: session.cookie }))) {
        // Signed in without the sign-in route, whose rate limit a run that signs out often would reach.
        const signedIn = await login(db, world.users[role].email, TEST_PASSWORD, sessionDays);
        sessions.set(role, { cookie: signedIn.token, csrf: signedIn.csrfToken });
      }
    }
  };
  return { list, restore };
}

/** Every table's ids, oldest first (ids are time-ordered), for requests to pick rows among. */
export async function idPool(database: TestDatabase, tables: readonly string[]): Promise<IdPool> {
  const pool: IdPool = new Map();
  const catalog = await database.db.introspection.getTables();
  for (const table of tables) {
    const columns =
      catalog.find((one) => one.name === table && (database.schema === null || one.schema === database.schema))?.columns ?? [];
    if (!columns.some((column) => column.name === "id")) continue;
    const { rows } = await sql<{ id: string }>`select distinct id from ${sql.table(table)} order by id`.execute(database.db);
    pool.set(
      table,
      rows.map((row) => String(row.id)),
    );
  }
  return pool;
}
