import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomToken } from "../../src/server/crypto.js";
import { openDatabase, type DatabaseOptions } from "../../src/server/db/database.js";
import { migrateUpTo } from "../../src/server/db/migrate.js";
import { buildPartnership, buildProgram } from "../support/factories.js";
import { buildGoal, buildObjective } from "../support/plan-factories.js";
import { ensureBuilt, runCli } from "./run-cli.js";

const SLOW = 120_000;
const folder = mkdtempSync(join(tmpdir(), "convene-measures-"));
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

type Target = { name: string; fresh: () => Promise<{ env: Record<string, string>; options: DatabaseOptions }> };

const sqlite: Target = {
  name: "SQLite",
  fresh: async () => {
    const dir = mkdtempSync(join(folder, "data-"));
    return { env: { CONVENE_DATA_DIR: dir }, options: { dialect: "sqlite", file: join(dir, "convene.sqlite") } };
  },
};

const postgres: Target = {
  name: "PostgreSQL",
  fresh: async () => {
    const name = `convene_measures_${randomToken(6)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "x")}`;
    await adminQuery(`create database "${name}"`);
    databases.push(name);
    const url = new URL(postgresUrl ?? "postgres://localhost/none");
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString(), CONVENE_PG_POOL_SIZE: "2" },
      options: { dialect: "postgres", url: url.toString(), poolSize: 2 },
    };
  },
};

/** A database with one partnership whose plan has a goal, an objective with a measure and one without. */
async function seeded(target: Target) {
  const { env, options } = await target.fresh();
  const database = openDatabase(options);
  await migrateUpTo(database.db, undefined);
  const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
  const partnership = await buildPartnership(database.db, { programId: program.id, name: "Safer Harbour" });
  const goal = await buildGoal(database.db, partnership.id, { title: "Safer streets" });
  const objective = await buildObjective(database.db, goal, { title: "Fewer incidents" });
  await buildObjective(database.db, goal, { title: "Unmeasured", measure: null });
  const values = () =>
    database.db
      .selectFrom("measure_values")
      .select(["observed_on", "value", "note"])
      .where("objective_id", "=", objective.id)
      .orderBy("observed_on")
      .execute();
  return { env, database, values };
}

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const HEADER = "program,partnership,goal,objective,observed_on,value,note";

beforeAll(() => ensureBuilt(), SLOW);
afterAll(async () => {
  for (const name of databases) await adminQuery(`drop database if exists "${name}" with (force)`);
  rmSync(folder, { recursive: true, force: true });
});

for (const target of postgresUrl ? [sqlite, postgres] : [sqlite]) {
  describe(`convene import measures on ${target.name}`, () => {
    const run = (args: string[], env: Record<string, string>) => runCli(args, { env, timeoutMs: 60_000 });

    it(
      "checks on a dry run, imports, finds nothing to change the second time, and replaces a corrected value",
      async () => {
        const { env, database, values } = await seeded(target);
        try {
          const csv = file(
            `values-${target.name}.csv`,
            `${HEADER}\nCMP,safer harbour,Safer Streets,Fewer incidents,2026-03-31,92,First quarter\nCMP,Safer Harbour,Safer streets,Fewer incidents,2026-06-30,"84,5",\n`,
          );
          const dry = await run(["import", "measures", csv, "--dry-run"], env);
          expect(dry.code, dry.stderr).toBe(0);
          expect(dry.stdout).toContain("everything checks out; nothing was written");
          expect(await values()).toEqual([]);

          const imported = await run(["import", "measures", csv], env);
          expect(imported.code, imported.stderr).toBe(0);
          expect(imported.stdout).toContain("measure values: 2 created, 0 updated, 0 unchanged");
          expect((await values()).map((row) => [row.observed_on, Number(row.value), row.note])).toEqual([
            ["2026-03-31", 92, "First quarter"],
            ["2026-06-30", 84.5, null],
          ]);

          const again = await run(["import", "measures", csv, "--json"], env);
          expect(again.code, again.stderr).toBe(0);
          expect(JSON.parse(again.stdout)).toMatchObject({
            written: false,
            counts: { measureValues: { created: 0, updated: 0, unchanged: 2 } },
          });

          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet("values");
          sheet.addRow(HEADER.split(","));
          sheet.addRow(["CMP", "Safer Harbour", "Safer streets", "Fewer incidents", "2026-06-30", 81, "Recount"]);
          const xlsx = join(folder, `values-${target.name}.xlsx`);
          await workbook.xlsx.writeFile(xlsx);
          const corrected = await run(["import", "measures", xlsx], env);
          expect(corrected.code, corrected.stderr).toBe(0);
          expect(corrected.stdout).toContain("measure values: 0 created, 1 updated, 0 unchanged");
          expect((await values()).map((row) => Number(row.value))).toEqual([92, 81]);
        } finally {
          await database.close();
        }
      },
      SLOW,
    );

    it(
      "writes nothing when any row has a problem, and names the line and column of each",
      async () => {
        const { env, database, values } = await seeded(target);
        try {
          const csv = file(
            `bad-${target.name}.csv`,
            [
              HEADER,
              "CMP,Safer Harbour,Safer streets,Fewer incidents,2026-03-31,92,",
              "CMP,Safer Harbour,Safer streets,Fewer incidents,2026-04-31,90,",
              "CMP,Safer Harbour,Safer streets,Fewer incidents,2026-05-31,twelve,",
              "CMP,Nowhere,Safer streets,Fewer incidents,2026-05-31,1,",
              "CMP,Safer Harbour,Other goal,Fewer incidents,2026-05-31,1,",
              "CMP,Safer Harbour,Safer streets,Unmeasured,2026-05-31,1,",
              "CMP,Safer Harbour,Safer streets,Fewer incidents,2026-03-31,93,",
            ].join("\n"),
          );
          const result = await run(["import", "measures", csv], env);
          expect(result.code).toBe(2);
          // The first line says which database the command used.
          const lines = result.stderr
            .trim()
            .split("\n")
            .filter((line) => line.startsWith("line "));
          expect(lines).toHaveLength(6);
          expect(lines[0]).toBe("line 3, column observed_on: must be a date in the form YYYY-MM-DD (got '2026-04-31')");
          expect(lines[1]).toBe("line 4, column value: is not a number (got 'twelve')");
          expect(lines[2]).toMatch(/^line 5, column partnership: no partnership 'Nowhere'/);
          expect(lines[3]).toBe("line 6, column goal: no goal 'Other goal' in this partnership");
          expect(lines[4]).toMatch(/^line 7, column objective: objective 'Unmeasured' has no measure/);
          expect(lines[5]).toBe("line 8, column observed_on: repeats line 2: the same objective and date");
          expect(await values()).toEqual([]);
        } finally {
          await database.close();
        }
      },
      SLOW,
    );
  });
}
