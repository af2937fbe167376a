import { buildApp } from "../dist/server/app.js";
import { openDatabase } from "../dist/server/db/database.js";
import { migrateToLatest } from "../dist/server/db/migrate.js";
import { loadConfig } from "../dist/server/env.js";
import { newId, now } from "../dist/server/ids.js";
import { nameKey } from "../dist/domain/registry/name-key.js";
import { createApiToken } from "../dist/server/modules/auth/service.js";
import { createUser } from "../dist/server/modules/users/service.js";

const SECTORS = ["police", "schools", "public_health", "social_services", "faith", "business", "community_residents"];
const REQUESTS = 300;

async function seed(db, count) {
  const at = now();
  const rows = Array.from({ length: count }, (_, index) => {
    const name = `${SECTORS[index % SECTORS.length]} organization ${index} de Montréal`;
    return {
      id: newId(),
      name,
      name_key: nameKey(name),
      sector: SECTORS[index % SECTORS.length],
      government_level: "municipal",
      has_crime_prevention_mandate: index % 2,
      website: null,
      notes: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    };
  });
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto("organizations")
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

async function measure(dialect, url, count) {
  const config = loadConfig({ LOG_LEVEL: "silent", CONVENE_DEMO: "0", ...(url ? { DATABASE_URL: url } : {}) });
  const database = openDatabase(url ? { dialect: "postgres", url, poolSize: 4 } : { dialect: "sqlite", file: ":memory:" });
  await migrateToLatest(database.db);
  if (url) await database.db.deleteFrom("organizations").execute();
  await seed(database.db, count);
  const admin = await createUser(
    database.db,
    {
      email: `bench-${count}@example.org`,
      name: "Bench",
      role: "admin",
      password: "benchmark password",
      locale: "en",
      programIds: [],
      partnershipIds: [],
    },
    null,
  );
  const { token } = await createApiToken(database.db, admin.id, "bench");
  const app = await buildApp(config, database);
  const headers = { authorization: `Bearer ${token}` };
  const urls = ["/api/v1/organizations?sort=name", "/api/v1/organizations?q=police&sort=name", "/api/v1/organizations?sector=faith&page=2"];
  for (let i = 0; i < 30; i += 1) await app.inject({ method: "GET", url: urls[i % urls.length], headers });
  const started = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i += 1) {
    const res = await app.inject({ method: "GET", url: urls[i % urls.length], headers });
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  }
  const perRequestMs = Number(process.hrtime.bigint() - started) / 1e6 / REQUESTS;
  await app.close();
  await database.close();
  return perRequestMs;
}

/** The registry page at 50 organizations and at 5,000: the larger should cost about the same. */
export async function registryScaling(dialect, url) {
  const small = await measure(dialect, url, 50);
  const large = await measure(dialect, url, 5_000);
  return `${dialect}: organization list/search ${small.toFixed(2)} ms/request at 50 organizations, ${large.toFixed(2)} at 5,000 (ratio ${(large / small).toFixed(2)}x)`;
}
