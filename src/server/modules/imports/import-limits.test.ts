// Files built to exhaust the server — a million rows inside the size limit, as CSV and as XLSX — are
// refused early with 413, the largest allowed file is checked while other requests keep answering,
// and a report lists the first problems with the count of the others.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_LISTED_PROBLEMS, IMPORT_ROW_LIMIT } from "../../../contracts/imports.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { INVOLVEMENT_HEADER } from "../../../../test/support/involvement-files.js";
import { upload } from "../../../../test/support/uploads.js";

const IMPORT = "/api/v1/imports/involvement";
const REGISTRY = "/api/v1/imports/registry";
const MILLION = 1_000_000;
const TOO_MANY = `The file has more than ${IMPORT_ROW_LIMIT} rows; split it into files of at most ${IMPORT_ROW_LIMIT} rows`;

/** A CSV of the usual header and `count` rows of one cell each: about 2 MB for a million. */
function oneCellRows(count: number): Buffer {
  return Buffer.from(`${INVOLVEMENT_HEADER.join(",")}\n${"x\n".repeat(count)}`);
}

/** `count` well-formed rows, as many members of a thousand partnerships: the largest file a check accepts. */
function validRows(count: number): Buffer {
  const lines = [INVOLVEMENT_HEADER.join(",")];
  for (let index = 0; index < count; index += 1) {
    const answers = INVOLVEMENT_HEADER.slice(6).map((_, column) => ((index + column) % 3 === 0 ? "no" : "yes"));
    lines.push(
      ["Load program", `Load partnership ${index % 1000}`, `Load member ${index}`, "partner", "baseline", "", ...answers].join(","),
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

/** Megabytes of resident memory the process has grown by since `before`. */
const grownMb = (before: number) => (process.memoryUsage().rss - before) / 1024 / 1024;

const folder = mkdtempSync(join(tmpdir(), "convene-import-limits-"));
let millionRowWorkbook: Buffer | null = null;

/** A workbook of the usual header and a million one-cell rows (some 5 MB), written once, row by row with ExcelJS's streaming writer. */
async function millionRows(): Promise<Buffer> {
  if (millionRowWorkbook) return millionRowWorkbook;
  const path = join(folder, "million.xlsx");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet("answers");
  sheet.addRow([...INVOLVEMENT_HEADER]).commit();
  for (let index = 0; index < MILLION; index += 1) sheet.addRow(["x"]).commit();
  sheet.commit();
  await workbook.commit();
  millionRowWorkbook = readFileSync(path);
  return millionRowWorkbook;
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Generous bounds for a loaded machine, not targets: the benchmark measures time (bench/import-load.js).
const HEAVY = { timeout: 600_000 };

for (const dialect of DIALECTS) {
  describe(`import limits on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const importAs = (url: string, name: string, content: Uint8Array, query = "?dryRun=true") =>
      upload(t.app, t.world.tokens.admin, `${url}${query}`, [{ name, content }]);

    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("refuses a CSV of a million one-cell rows with 413 naming the limit, without reading it all", HEAVY, async () => {
      const before = process.memoryUsage().rss;
      for (const url of [IMPORT, REGISTRY]) {
        const res = await importAs(url, "million.csv", oneCellRows(MILLION));
        expect(res.statusCode).toBe(413);
        expect(res.json().error).toEqual({ code: "payload_too_large", message: TOO_MANY });
      }
      const french = await upload(
        t.app,
        t.world.tokens.admin,
        `${IMPORT}?dryRun=true`,
        [{ name: "m.csv", content: oneCellRows(MILLION) }],
        {
          "accept-language": "fr",
        },
      );
      expect(french.json().error.message).toBe(
        `Le fichier compte plus de ${IMPORT_ROW_LIMIT} lignes\u202f; divisez-le en fichiers d'au plus ${IMPORT_ROW_LIMIT} lignes`,
      );
      // A bounded sanity check, not a target: the file used to take gigabytes. Resident memory also
      // counts what earlier tests of this process left to the collector, hence the margin.
      expect(grownMb(before)).toBeLessThan(1000);
    });

    it("refuses an XLSX of a million rows with 413 before loading the workbook", HEAVY, async () => {
      const workbook = await millionRows();
      const before = process.memoryUsage().rss;
      for (const url of [IMPORT, REGISTRY]) {
        const res = await importAs(url, "million.xlsx", workbook);
        expect(res.statusCode).toBe(413);
        expect(res.json().error.message).toBe(TOO_MANY);
      }
      expect(grownMb(before)).toBeLessThan(1000);
    });

    it("takes a file of exactly the limit, refuses one row more, and counts rows over the files of a registry import", HEAVY, async () => {
      const atLimit = await importAs(IMPORT, "limit.csv", oneCellRows(IMPORT_ROW_LIMIT));
      expect(atLimit.statusCode).toBe(400);
      expect(atLimit.json()).toMatchObject({ rows: IMPORT_ROW_LIMIT, error: { code: "validation_failed" } });
      expect((await importAs(IMPORT, "over.csv", oneCellRows(IMPORT_ROW_LIMIT + 1))).statusCode).toBe(413);

      const half = (entity: string, rows: number) => ({ name: `${entity}.csv`, content: `name,sector\n${"x,police\n".repeat(rows)}` });
      const split = await upload(t.app, t.world.tokens.admin, `${REGISTRY}?dryRun=true`, [
        half("organizations", IMPORT_ROW_LIMIT / 2),
        { name: "contacts.csv", content: `organization,name\n${"x,y\n".repeat(IMPORT_ROW_LIMIT / 2 + 1)}` },
      ]);
      expect(split.statusCode).toBe(413);
    });

    it("lists the first 1,000 problems and counts the others, in the report and its message", HEAVY, async () => {
      const res = await importAs(IMPORT, "bad.csv", oneCellRows(5_000));
      expect(res.statusCode).toBe(400);
      const report = res.json();
      expect(report.errors).toHaveLength(IMPORT_LISTED_PROBLEMS);
      // Each one-cell row lacks its partnership, organization and perspective at least.
      expect(report.errorCount).toBeGreaterThanOrEqual(3 * 5_000);
      expect(report.error.message).toBe(`${report.errorCount} problems found; nothing was written`);
      expect(report.errors[0]).toMatchObject({ line: 2 });
      expect(report.warningCount).toBe(0);
    });

    it("checks the largest allowed file while another user's requests keep answering", { timeout: 240_000 }, async () => {
      const before = process.memoryUsage().rss;
      let settled = false;
      const check = importAs(IMPORT, "largest.csv", validRows(IMPORT_ROW_LIMIT)).finally(() => (settled = true));
      // Another user reads the programs page over and over while the check runs. An injected request
      // on SQLite is answered within microtasks, so each one waits for a turn of the event loop, as a
      // request arriving on a socket does: else the loop would hold the event loop, not the check.
      let answeredDuring = 0;
      while (!settled) {
        await nextTurn();
        const res = await t.as("partner").get("/api/v1/programs");
        expect(res.statusCode).toBe(200);
        if (!settled) answeredDuring += 1;
      }
      const res = await check;
      expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
      expect(res.json()).toMatchObject({ rows: IMPORT_ROW_LIMIT, errorCount: 0, written: false });
      expect(res.json().counts.involvementRecords.created).toBe(IMPORT_ROW_LIMIT);
      // Before, the event loop was held for the whole check: one or two answers at most, before it began.
      expect(answeredDuring).toBeGreaterThan(10);
      expect(grownMb(before)).toBeLessThan(1500);
    });
  });
}
