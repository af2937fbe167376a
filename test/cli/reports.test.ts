import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../src/server/db/database.js";
import { randomToken } from "../../src/server/crypto.js";
import { readXlsx } from "../../src/server/files/xlsx.js";
import { OPERATOR } from "../../src/server/actor.js";
import { typologyReport } from "../../src/server/modules/reports/service.js";
import { ensureBuilt, ROOT, runCli } from "./run-cli.js";

/** One hundredth of the national portfolio: 50 partnerships, 400 organizations, 600 memberships (550 besides the leads, which have no checklist about themselves). */
const NATIONAL = ["demo", "--scale", "national", "--seed", "3", "--fraction", "0.01"];
const SLOW = 90_000;
const TYPOLOGY = ["report", "typology", "--by", "program", "--perspective", "lead"];

beforeAll(() => ensureBuilt(), 120_000);

async function generate(env: Record<string, string>, dialect: string) {
  const run = await runCli(NATIONAL, { env, timeoutMs: SLOW });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(
    new RegExp(
      `National portfolio generated \\(seed 3\\) in [\\d.]+ s on ${dialect}: 4 programs, \\d+ regions, 50 partnerships, 400 organizations, 600 memberships, 2200 involvement records, \\d+ commitments with \\d+ moves, \\d+ health-check responses in \\d+ baseline rounds\\.`,
    ),
  );
  expect(run.stdout).toMatch(/admin@convene\.example[\s\S]*password: \S{12,}/);
}

async function typologyJson(env: Record<string, string>) {
  const run = await runCli([...TYPOLOGY, "--round", "final"], { env });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe("convene report on SQLite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "convene-reports-"));
  const env = { CONVENE_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  // Every test reads this portfolio and none changes it, so they do not depend on each other's order.
  beforeAll(() => generate(env, "sqlite"), SLOW);

  it(
    "refuses to generate the national portfolio again into a database that holds one",
    async () => {
      const again = await runCli(NATIONAL, { env });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already holds 50 partnerships.*generated only into an empty database/);
    },
    SLOW,
  );

  it("prints the typology report as JSON, the same as the service gives over the whole database", async () => {
    const printed = await typologyJson(env);
    expect(Object.keys(printed)).toEqual(["perspective", "round", "filters", "groups", "total", "partnershipsWithoutRecords"]);
    expect(printed.filters).toEqual({ program: null, region: null });
    expect(printed.total).toMatchObject({ key: "total", total: 550 });
    const keys: string[] = printed.groups.map((group: { key: string }) => group.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys.every((key) => ["BAP", "CMP", "CPIF", "CPPP"].includes(key))).toBe(true);
    const database = openDatabase({ dialect: "sqlite", file: join(dataDir, "convene.sqlite") });
    try {
      expect(printed).toEqual(await typologyReport(database.db, OPERATOR, { by: "program", perspective: "lead", round: "final" }));
    } finally {
      await database.close();
    }
  });

  it("writes CSV to a file, and XLSX to standard output when it is not a terminal", async () => {
    const file = join(dataDir, "by-sector.csv");
    const written = await runCli(
      ["report", "typology", "--by", "sector", "--perspective", "partner", "--format", "csv", "--output", file],
      { env },
    );
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe(`Wrote ${file}\n`);
    // In French, to a file of its own: the report itself may be written in the terminal's language.
    const frenchFile = join(dataDir, "par-secteur.csv");
    const french = await runCli(
      ["report", "typology", "--by", "sector", "--perspective", "partner", "--format", "csv", "--output", frenchFile],
      { env: { ...env, LC_ALL: "", LC_MESSAGES: "", LANG: "fr_CA.UTF-8" } },
    );
    expect(french.code, french.stderr).toBe(0);
    expect(french.stdout).toBe(`Fichier écrit\u00a0: ${frenchFile}\n`);
    const lines = readFileSync(file, "utf8").split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFsector,total,none,consultation,cooperation,coordination,collaboration,none %,consultation %,cooperation %,coordination %,collaboration %",
    );
    expect(lines.at(-2)).toMatch(/^total,550,/);

    const piped = spawnSync(process.execPath, ["bin/convene.js", "report", "involvement", "--format", "xlsx"], {
      cwd: ROOT,
      env: { ...process.env, ...env, LOG_LEVEL: "warn" },
    });
    expect(piped.status, piped.stderr.toString()).toBe(0);
    const [figures] = await readXlsx(piped.stdout);
    expect(figures?.table.rows.map((row) => row.values[0])).toHaveLength(13);
    expect(figures?.table.rows[0]?.values[0]).toBe("proposal_copy");
  });

  it("prints Table 1 with the counting rule", async () => {
    const run = await runCli(["report", "involvement", "--round", "Final"], { env });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ round: "final", records: { lead: 550, partner: 550 } });
    expect(report.rule).toContain("left out of that indicator's denominator");
    expect(report.indicators).toHaveLength(13);
  });

  it("narrows a report to one program, given by code or by name in any case, and to one region", async () => {
    const whole = await typologyJson(env);
    const cmp = whole.groups.find((group: { key: string }) => group.key === "CMP");
    for (const program of ["cmp", "  community MOBILIZATION program "]) {
      const run = await runCli([...TYPOLOGY, "--round", "final", "--program", program], { env });
      expect(run.code, run.stderr).toBe(0);
      const narrowed = JSON.parse(run.stdout);
      expect(narrowed.filters.program).toMatchObject({ code: "CMP", name: "Community Mobilization Program" });
      expect(narrowed.groups).toEqual([cmp]);
    }
    const byRegion = await runCli(["report", "typology", "--by", "region", "--perspective", "partner"], { env });
    const ontario = JSON.parse(byRegion.stdout).groups.find((group: { key: string }) => group.key === "Ontario");
    const inOntario = await runCli(["report", "typology", "--by", "region", "--perspective", "partner", "--region", "Ontario"], { env });
    expect(JSON.parse(inOntario.stdout).groups).toEqual([ontario]);

    const file = join(dataDir, "table-1.csv");
    const table = await runCli(["report", "involvement", "--program", "BAP", "--region", "Ontario", "--format", "csv", "--output", file], {
      env,
    });
    expect(table.code, table.stderr).toBe(0);
    expect(readFileSync(file, "utf8").split("\r\n")).toHaveLength(15);
  });

  it.skipIf(!existsSync("/usr/bin/script"))("refuses to write a workbook to a terminal", () => {
    const command = `${process.execPath} bin/convene.js report involvement --format xlsx`;
    const run = spawnSync("/usr/bin/script", ["-qec", command, "/dev/null"], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("--format xlsx writes a binary workbook; give --output FILE");
  });

  const bad: { args: string[]; names: RegExp }[] = [
    { args: ["report", "typology", "--perspective", "lead"], names: /--by is required/ },
    {
      args: ["report", "typology", "--by", "county", "--perspective", "lead"],
      names: /--by must be one of program, region, sector, partnership/,
    },
    { args: ["report", "typology", "--by", "program"], names: /--perspective is required/ },
    { args: [...TYPOLOGY, "--format", "pdf"], names: /--format must be one of json, csv, xlsx/ },
    { args: ["report", "involvement", "--round", "mid term"], names: /--round must be 1 to 40 letters/ },
    { args: ["report", "involvement", "--by", "program"], names: /unknown option '--by'/ },
    { args: [...TYPOLOGY, "--program", "Nowhere Fund"], names: /--program matches no program's code or name: Nowhere Fund/ },
    { args: ["report", "involvement", "--region", "x".repeat(121)], names: /--region must be at most 120 characters/ },
    { args: ["demo", "--scale", "galactic"], names: /--scale must be one of small, national/ },
    { args: ["demo", "--seed", "4"], names: /--seed applies to --scale national only/ },
    { args: ["demo", "--scale", "national", "--seed", "-1"], names: /--seed must be 0 or more/ },
  ];

  it.for(bad)("convene $args.0 $args.1 … exits 2 naming the option ($names)", async ({ args, names }, { expect }) => {
    const run = await runCli(args, { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(names);
    expect(run.stdout).toBe("");
  });
});

const postgresUrl = inject("postgresUrl");

describe.skipIf(!postgresUrl)("convene report on PostgreSQL", () => {
  const databaseName = `convene_reports_${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}`;
  const url = new URL(postgresUrl ?? "postgres://localhost/none");
  url.pathname = `/${databaseName}`;
  const env = { DATABASE_URL: url.toString(), CONVENE_PG_POOL_SIZE: "2" };
  const sqliteDir = mkdtempSync(join(tmpdir(), "convene-reports-pg-"));

  async function admin(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: postgresUrl ?? "" });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  beforeAll(() => admin(`create database "${databaseName}"`));
  afterAll(async () => {
    await admin(`drop database if exists "${databaseName}" with (force)`);
    rmSync(sqliteDir, { recursive: true, force: true });
  });

  it(
    "generates the same portfolio from the same seed as on SQLite, and reports the same figures",
    async () => {
      await generate(env, "postgres");
      await generate({ CONVENE_DATA_DIR: sqliteDir }, "sqlite");
      expect(await typologyJson(env)).toEqual(await typologyJson({ CONVENE_DATA_DIR: sqliteDir }));
      const involvement = await runCli(["report", "involvement"], { env });
      expect(involvement.code, involvement.stderr).toBe(0);
      expect(JSON.parse(involvement.stdout)).toEqual(
        JSON.parse((await runCli(["report", "involvement"], { env: { CONVENE_DATA_DIR: sqliteDir } })).stdout),
      );
    },
    SLOW * 2,
  );
});
