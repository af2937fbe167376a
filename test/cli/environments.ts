// Where a command-line test runs the command: a folder of its own for the files it writes, and a fresh,
// empty database for each case (SQLite in a new data folder; PostgreSQL, when it answers, a new
// database dropped afterwards), so that no case depends on another.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { randomToken } from "../../src/server/crypto.js";
import { ensureBuilt } from "./run-cli.js";

/** Tests that start the command several times. */
export const SLOW = 120_000;

/** A database kind and how to get an empty database of it: the environment variables the command reads. */
export type Environment = { name: string; fresh: () => Promise<Record<string, string>> };

/**
 * Registers the hooks (the command built first; the folder and databases removed at the end) and gives
 * the folder, a writer of files into it, and the environments to run on.
 */
export function commandEnvironments(prefix: string): {
  folder: string;
  file: (name: string, content: string) => string;
  targets: Environment[];
} {
  const folder = mkdtempSync(join(tmpdir(), `convene-${prefix}-`));
  const postgresUrl = inject("postgresUrl");
  const databases: string[] = [];

  async function adminQuery(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: postgresUrl ?? "" });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  const sqlite: Environment = { name: "SQLite", fresh: async () => ({ CONVENE_DATA_DIR: mkdtempSync(join(folder, "fresh-")) }) };
  const postgres: Environment = {
    name: "PostgreSQL",
    fresh: async () => {
      const name = `convene_${prefix.replace(/[^a-z0-9]/g, "_")}_${randomToken(6)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, "x")}`;
      await adminQuery(`create database "${name}"`);
      databases.push(name);
      const url = new URL(postgresUrl ?? "postgres://localhost/none");
      url.pathname = `/${name}`;
      return { DATABASE_URL: url.toString(), CONVENE_PG_POOL_SIZE: "2" };
    },
  };

  beforeAll(() => ensureBuilt(), SLOW);
  afterAll(async () => {
    for (const name of databases) await adminQuery(`drop database if exists "${name}" with (force)`);
    rmSync(folder, { recursive: true, force: true });
  });

  const file = (name: string, content: string): string => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  return { folder, file, targets: postgresUrl ? [sqlite, postgres] : [sqlite] };
}
