import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/server/db/database.js";
import { migrateToLatest } from "../../src/server/db/migrate.js";
import { readXlsx } from "../../src/server/files/xlsx.js";
import { buildCommitment } from "../support/accountability-factories.js";
import { buildWorld } from "../support/factories.js";
import { ensureBuilt, runCli } from "./run-cli.js";

const dataDir = mkdtempSync(join(tmpdir(), "convene-accountability-"));
const env = { CONVENE_DATA_DIR: dataDir };

beforeAll(async () => {
  ensureBuilt();
  const database = openDatabase({ dialect: "sqlite", file: join(dataDir, "convene.sqlite") });
  try {
    await migrateToLatest(database.db);
    const world = await buildWorld(database.db);
    const own = { partnershipId: world.partnerships.own.id, organizationId: world.organizations.ownMember.id };
    await buildCommitment(database.db, {
      ...own,
      pledgedOn: "2026-02-01",
      dueOn: "2026-03-01",
      moves: [{ to: "delivered", on: "2026-03-01" }],
    });
    await buildCommitment(database.db, { ...own, axis: "reentry", pledgedOn: "2026-02-01", dueOn: "2026-05-01" });
    await buildCommitment(database.db, {
      partnershipId: world.partnerships.foreign.id,
      organizationId: world.organizations.foreignMember.id,
      pledgedOn: "2026-02-01",
      dueOn: "2026-07-01",
    });
  } finally {
    await database.close();
  }
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("convene report accountability", () => {
  it("prints the figures per program as of a day as JSON, over every partnership", async () => {
    const run = await runCli(["report", "accountability", "--by", "program", "--as-of", "2026-04-01"], { env });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.asOf).toBe("2026-04-01");
    expect(report.groups.map((group: { key: string; pledged: number }) => [group.key, group.pledged])).toEqual([
      ["BAP", 1],
      ["CMP", 2],
    ]);
    expect(report.groups[1]).toMatchObject({ delivered: 1, onTime: 1, open: 1, overdue: 0, keptRate: 100 });
    expect(report.total.pledged).toBe(3);
  });

  it("narrows to a program by code and a partnership by name, per member", async () => {
    const run = await runCli(
      ["report", "accountability", "--by", "member", "--program", "CMP", "--partnership", "own partnership", "--as-of", "2026-06-01"],
      { env },
    );
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]).toMatchObject({
      program: "CMP",
      partnership: "Own Partnership",
      organization: "Own Member School Board",
      overdue: 1,
      keptRate: 50,
      axis: { reentry: { pledged: 1, delivered: 0 } },
    });
  });

  it("writes CSV and XLSX files", async () => {
    const csv = join(dataDir, "accountability.csv");
    const written = await runCli(
      ["report", "accountability", "--by", "partnership", "--as-of", "2026-06-01", "--format", "csv", "--output", csv],
      {
        env,
      },
    );
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe(`Wrote ${csv}\n`);
    const lines = readFileSync(csv, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]?.startsWith("key,program,partnership,pledged,delivered")).toBe(true);
    expect(lines.slice(1, 3).map((line) => line.split(",").slice(1, 4))).toEqual([
      ["BAP", "Foreign Partnership", "1"],
      ["CMP", "Own Partnership", "2"],
    ]);
    const xlsx = join(dataDir, "accountability.xlsx");
    const workbook = await runCli(["report", "accountability", "--by", "member", "--format", "xlsx", "--output", xlsx], { env });
    expect(workbook.code, workbook.stderr).toBe(0);
    const [sheet] = await readXlsx(readFileSync(xlsx));
    expect(sheet?.table.rows).toHaveLength(3);
  });

  it("refuses a grouping it does not know, a day that is not a date and a partnership that does not exist", async () => {
    const by = await runCli(["report", "accountability", "--by", "region"], { env });
    expect(by.code).not.toBe(0);
    expect(by.stderr).toContain("by");
    const day = await runCli(["report", "accountability", "--by", "member", "--as-of", "yesterday"], { env });
    expect(day.code).not.toBe(0);
    expect(day.stderr).toContain("asOf");
    const missing = await runCli(["report", "accountability", "--by", "member", "--partnership", "Nowhere"], { env });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("--partnership matches no partnership's name: Nowhere");
  });
});
