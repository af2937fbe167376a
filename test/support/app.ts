import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/server/app.js";
import type { DialectName } from "../../src/server/db/database.js";
import { loadConfig, type Config } from "../../src/server/env.js";
import { createTestDatabase, type TestDatabase } from "./databases.js";
import { buildWorld, type World } from "./factories.js";

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  close: () => Promise<void>;
};

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ LOG_LEVEL: "silent", CONVENE_DEMO: "0", ...overrides });
}

/** An in-process app on a fresh database of the given dialect. */
export async function createTestApp(dialect: DialectName, env: NodeJS.ProcessEnv = {}, database?: TestDatabase): Promise<TestApp> {
  const db = database ?? (await createTestDatabase(dialect));
  const config = testConfig(env);
  const app = await buildApp(config, db);
  await app.ready();
  return {
    app,
    database: db,
    config,
    close: async () => {
      await app.close();
      if (!database) await db.close();
    },
  };
}

/** A caller bound to an API token, for concise requests in tests. */
export type Client = {
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
};

export function clientFor(app: FastifyInstance, token: string | null): Client {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const request = (options: InjectOptions) => app.inject({ ...options, headers: { ...headers, ...(options.headers ?? {}) } });
  return {
    request,
    get: (url) => request({ method: "GET", url }),
    post: (url, payload) => request({ method: "POST", url, payload: payload as InjectOptions["payload"] }),
    patch: (url, payload) => request({ method: "PATCH", url, payload: payload as InjectOptions["payload"] }),
    put: (url, payload) => request({ method: "PUT", url, payload: payload as InjectOptions["payload"] }),
    delete: (url) => request({ method: "DELETE", url }),
  };
}

/** An app with the standard two-partnership world already built in it. */
export async function createWorldApp(
  dialect: DialectName,
): Promise<TestApp & { world: World; as: (who: keyof World["tokens"]) => Client }> {
  const testApp = await createTestApp(dialect);
  const world = await buildWorld(testApp.database.db);
  return { ...testApp, world, as: (who) => clientFor(testApp.app, world.tokens[who]) };
}
