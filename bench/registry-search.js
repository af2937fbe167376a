// Registry list and search at 400 and at 40,000 organizations, side by side: each page should cost
// about the same whatever the size of the registry (target ≤ 1.3x). Names are drawn from a few word
// lists with a fixed seed; a dozen Hamilton police names are in every registry, so that a selective
// search has the same answer at both sizes, while "youth" matches a tenth of the registry.
import { OPERATOR } from "../dist/server/actor.js";
import { buildApp } from "../dist/server/app.js";
import { openDatabase } from "../dist/server/db/database.js";
import { migrateToLatest } from "../dist/server/db/migrate.js";
import { loadConfig } from "../dist/server/env.js";
import { newId, now } from "../dist/server/ids.js";
import { nameKey } from "../dist/domain/registry/name-key.js";
import { createApiToken } from "../dist/server/modules/auth/service.js";
import { createUser } from "../dist/server/modules/users/service.js";
import { sql } from "kysely";

const SECTORS = ["police", "schools", "public_health", "social_services", "faith", "business", "community_residents"];
const PLACES = [
  "Lévis",
  "Brandon",
  "Kamloops",
  "Moncton",
  "Saint-Jérôme",
  "Red Deer",
  "Sudbury",
  "Trois-Rivières",
  "Nanaimo",
  "Whitehorse",
];
const KINDS = ["Centre", "Association", "Société", "Coalition", "Network", "Council", "Services", "Foundation", "Alliance", "Table"];
const TOPICS = ["Youth", "Family", "Housing", "Seniors", "Newcomers", "Recovery", "Tenants", "Safety", "Justice", "Health"];
const REQUESTS = 200;
const ROUNDS = 10;

export const PAGES = [
  { label: "registry list, first page by name", url: "/api/v1/organizations?sort=name" },
  { label: "registry search, a dozen matches", url: "/api/v1/organizations?q=hamilton%20police&sort=name" },
  { label: "registry search by part of a word", url: "/api/v1/organizations?q=mobiliz&sort=name" },
  { label: "registry search, a tenth of the registry", url: "/api/v1/organizations?q=youth&sort=name" },
  { label: "registry filter by sector, page 2", url: "/api/v1/organizations?sector=faith&page=2" },
];

function seededNext(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state;
  };
}

function names(count) {
  const next = seededNext(7);
  const pick = (list) => list[next() % list.length];
  const fixed = Array.from({ length: 12 }, (_, index) => `Hamilton Police Service — Community Mobilization Unit ${index + 1}`);
  return [
    ...fixed,
    ...Array.from({ length: count - fixed.length }, (_, index) => `${pick(KINDS)} ${pick(TOPICS)} ${pick(PLACES)} ${index}`),
  ];
}

async function seed(db, count) {
  const at = now();
  const rows = names(count).map((name, index) => ({
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
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto("organizations")
      .values(rows.slice(start, start + 500))
      .execute();
  }
  await sql`analyze`.execute(db);
}

/** A registry of `count` organizations behind an app, with an administrator's token. */
async function registryApp(url, count) {
  const config = loadConfig({ LOG_LEVEL: "silent", CONVENE_DEMO: "0", ...(url ? { DATABASE_URL: url } : {}) });
  const database = openDatabase(url ? { dialect: "postgres", url, poolSize: 4 } : { dialect: "sqlite", file: ":memory:" });
  await migrateToLatest(database.db);
  await database.db.deleteFrom("organizations").execute();
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
    OPERATOR,
  );
  const { token } = await createApiToken(database.db, admin.id, "bench");
  const app = await buildApp(config, database);
  const headers = { authorization: `Bearer ${token}` };
  return {
    request: async (pageUrl) => {
      const res = await app.inject({ method: "GET", url: pageUrl, headers });
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

async function timed(app, pageUrl, requests) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < requests; i += 1) await app.request(pageUrl);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Each page at 400 and at 40,000 organizations: rows for the benchmark table. */
export async function registrySearchBenchmarks(url = null, sizes = [400, 40_000]) {
  // Two databases on one server: the larger in a schema of its own would need a second URL, so on
  // PostgreSQL the two registries are measured one after the other in the same database.
  const results = [];
  const measureBoth = async (small, large) => {
    for (const page of PAGES) {
      for (let i = 0; i < 20; i += 1) {
        await small.request(page.url);
        await large.request(page.url);
      }
      // Interleaved rounds, so that the load of a shared machine weighs on both sizes alike.
      let smallMs = 0;
      let largeMs = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        smallMs += await timed(small, page.url, REQUESTS / ROUNDS);
        largeMs += await timed(large, page.url, REQUESTS / ROUNDS);
      }
      results.push({
        label: `${page.label} (${sizes[1].toLocaleString("en")} vs ${sizes[0]})`,
        service: largeMs / REQUESTS,
        reference: smallMs / REQUESTS,
        ratio: largeMs / smallMs,
      });
    }
  };
  if (url === null) {
    const small = await registryApp(null, sizes[0]);
    const large = await registryApp(null, sizes[1]);
    try {
      await measureBoth(small, large);
    } finally {
      await small.close();
      await large.close();
    }
    return results;
  }
  const { freshDatabase } = await import("./postgres.js");
  const serverUrl = new URL(url);
  serverUrl.pathname = "/postgres";
  const other = await freshDatabase(serverUrl.toString(), "search_small");
  const small = await registryApp(other.url, sizes[0]);
  const large = await registryApp(url, sizes[1]);
  try {
    await measureBoth(small, large);
  } finally {
    await small.close();
    await large.close();
    await other.drop();
  }
  return results;
}
