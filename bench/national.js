// The national portfolio, generated once per database through the same code as
// `convene demo --scale national`, and what the benchmarks need to reach it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../dist/server/db/database.js";
import { migrateToLatest } from "../dist/server/db/migrate.js";
import { generateNationalPortfolio } from "../dist/server/demo/national/generate.js";
import { NATIONAL_SIZE } from "../dist/server/demo/national/plan.js";
import { freshDatabase } from "./postgres.js";

export const SEED = 2002;

/** The national counts, or a hundredth of them (50 partnerships) for the small side of a comparison. */
export function sizeOf(fraction) {
  const of = (count) => Math.max(1, Math.round(count * fraction));
  return {
    partnerships: of(NATIONAL_SIZE.partnerships),
    organizations: of(NATIONAL_SIZE.organizations),
    memberships: of(NATIONAL_SIZE.memberships),
  };
}

/** A migrated, empty database: a file in a temporary directory, or a new PostgreSQL database on the server. */
export async function emptyDatabase(serverUrl, label) {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), `convene-bench-${label}-`));
    const database = openDatabase({ dialect: "sqlite", file: join(dir, "convene.sqlite") });
    await migrateToLatest(database.db);
    return {
      database,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const fresh = await freshDatabase(serverUrl, label);
  const database = openDatabase({ dialect: "postgres", url: fresh.url, poolSize: 4 });
  await migrateToLatest(database.db);
  return {
    database,
    url: fresh.url,
    dispose: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}

/** Generates a portfolio of the given fraction of the national size; returns the database and how long it took. */
export async function generated(serverUrl, label, fraction) {
  const target = await emptyDatabase(serverUrl, label);
  const result = await generateNationalPortfolio(target.database, { seed: SEED, size: sizeOf(fraction) });
  return { ...target, result };
}
