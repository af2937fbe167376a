import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomToken } from "../../src/server/crypto.js";
import { involvementCsv, type InvolvementFileRow } from "../support/involvement-files.js";
import { daysFromToday as d } from "../support/ledger-factories.js";
import { ensureBuilt, runCli } from "./run-cli.js";

/** Tests that start the command several times. */
const SLOW = 120_000;

const leadRow: InvolvementFileRow = {
  program: "Youth Fund",
  partnership: "Harbour Youth Safety",
  organization: "Ville de Lévis",
  perspective: "lead",
  respondent: "Ana\nRuiz",
  answers: { shared_decision_making: "oui" },
};
const partnerRow: InvolvementFileRow = {
  program: "youth fund",
  partnership: "Harbour Youth Safety",
  organization: "Centre jeunesse",
  perspective: "partner",
  answers: { support_letter: "Non" },
};
const rows = [leadRow, partnerRow];

/** Where a test runs the command: a database of its own, made empty for it, so that no test depends on another. */
type Environment = { name: string; fresh: () => Promise<Record<string, string>> };

const folder = mkdtempSync(join(tmpdir(), "convene-ledger-import-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const sqlite: Environment = {
  name: "SQLite",
  fresh: async () => ({ CONVENE_DATA_DIR: mkdtempSync(join(folder, "fresh-")) }),
};

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

/** A new, empty PostgreSQL database for the command to migrate and use. */
async function postgresDatabase(): Promise<Record<string, string>> {
  const name = `convene_ledger_${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}`;
  await adminQuery(`create database "${name}"`);
  databases.push(name);
  const url = new URL(postgresUrl ?? "postgres://localhost/none");
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString(), CONVENE_PG_POOL_SIZE: "2" };
}

const postgres: Environment = { name: "PostgreSQL", fresh: postgresDatabase };

beforeAll(() => ensureBuilt(), SLOW);
afterAll(async () => {
  for (const name of databases) await adminQuery(`drop database if exists "${name}" with (force)`);
});

for (const target of postgresUrl ? [sqlite, postgres] : [sqlite]) {
  describe(`convene import commitments on ${target.name}`, () => {
    const run = (args: string[], env: Record<string, string>) => runCli(args, { env, timeoutMs: 60_000 });

    it(
      "checks a ledger on a dry run, imports it, finds nothing to change the second time, and refuses bad rows by line and column",
      async () => {
        const env = await target.fresh();
        const members = file(`members-${target.name}.csv`, involvementCsv(rows));
        expect((await run(["import", "involvement", members], env)).code).toBe(0);
        const header =
          "program,partnership,organization,description,axis,pledged_on,due_on,status,delivered_on,current_due_on,status_on,reason,evidence";
        const ledger = file(
          `ledger-${target.name}.csv`,
          [
            header,
            `Youth Fund,Harbour Youth Safety,Centre jeunesse,Open the gym on Friday nights,prevention,${d(-30)},${d(10)},,,,,,`,
            `YF,harbour youth safety,ville de levis,Publish a safety audit,prevention,${d(-30)},${d(-2)},delivered,${d(-2)},,,,Posted online`,
          ].join("\n"),
        );
        const dry = await run(["import", "commitments", ledger, "--dry-run"], env);
        expect(dry.code, dry.stderr).toBe(0);
        expect(dry.stdout).toContain("everything checks out; nothing was written");
        const imported = await run(["import", "commitments", ledger], env);
        expect(imported.code, imported.stderr).toBe(0);
        expect(imported.stdout).toMatch(/commitments\s+2\s+0\s+0/);
        const again = await run(["import", "commitments", ledger, "--json"], env);
        expect(again.code, again.stderr).toBe(0);
        expect(JSON.parse(again.stdout)).toMatchObject({
          written: false,
          counts: { commitments: { created: 0, updated: 0, unchanged: 2 } },
        });

        const bad = file(
          `bad-${target.name}.csv`,
          [header, `YF,Harbour Youth Safety,Nobody Agency,Anything,prevention,${d(-3)},${d(3)},withdrawn,,,,,`].join("\n"),
        );
        const refused = await run(["import", "commitments", bad], env);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain("line 2, column status_on: is required when the status is withdrawn");
        expect(refused.stderr).toContain("line 2, column reason: is required when the status is withdrawn");
      },
      SLOW,
    );
  });
}
