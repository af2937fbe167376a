// Benchmarks run against the built server (npm run bench builds it first). Absolute times on a
// shared machine are noisy, so every figure is a ratio of two measurements taken side by side.
import { partnershipPageBenchmarks } from "./partnership-page.js";
import { importLoadBenchmarks } from "./import-load.js";
import { generated } from "./national.js";
import { postgresServer, freshDatabase } from "./postgres.js";
import { registrySearchBenchmarks } from "./registry-search.js";
import { concurrentReportBenchmarks } from "./concurrent-reports.js";
import { reportBenchmarks } from "./reports.js";
import { singleRowPageBenchmarks } from "./single-row-pages.js";

// `node bench/run.js pages` measures only the pages (partnership and single-row pages), not reports or registry search;
// `node bench/run.js beside-reports` only the pages while reports run beside them.
const pagesOnly = process.argv.includes("pages");
const besideReportsOnly = process.argv.includes("beside-reports");
// `node bench/run.js … sqlite` leaves PostgreSQL out.
const sqliteOnly = process.argv.includes("sqlite");
// `node bench/run.js imports` measures only imports beside other users (bench/import-load.js).
const importsOnly = process.argv.includes("imports");

const rows = [];
const notes = [];

async function onDatabase(dialect, serverUrl) {
  const large = await generated(serverUrl, "national", 1);
  const small = await generated(serverUrl, "small", 0.01);
  try {
    const { counts, seconds } = large.result;
    notes.push(
      `${dialect}: national portfolio generated in ${seconds.toFixed(1)} s (${counts.partnerships} partnerships, ${counts.organizations} organizations, ` +
        `${counts.memberships} memberships, ${counts.involvementRecords} involvement records, ${counts.commitments} commitments)`,
    );
    if (besideReportsOnly) {
      for (const result of await concurrentReportBenchmarks(large)) rows.push({ dialect, ...result });
      return;
    }
    if (!pagesOnly) for (const result of await reportBenchmarks(large.database.db)) rows.push({ dialect, target: "≤ 1.5x", ...result });
    for (const result of await partnershipPageBenchmarks(small, large)) rows.push({ dialect, target: "≈ 1x", ...result });
    for (const result of await singleRowPageBenchmarks(small, large)) rows.push({ dialect, target: "≤ 1.2x", ...result });
    if (!pagesOnly) for (const result of await concurrentReportBenchmarks(large)) rows.push({ dialect, ...result });
  } finally {
    await large.dispose();
    await small.dispose();
  }
}

function table() {
  const header = ["database", "measurement", "convene ms", "reference ms", "ratio", "target", "same result"];
  const body = rows.map((row) => [
    row.dialect,
    row.label,
    row.service.toFixed(2),
    row.reference.toFixed(2),
    `${row.ratio.toFixed(2)}x`,
    row.target,
    row.equal === undefined ? "" : row.equal ? "yes" : "NO",
  ]);
  const widths = header.map((name, column) => Math.max(name.length, ...body.map((cells) => cells[column].length)));
  const line = (cells) =>
    cells.map((cell, column) => (column >= 2 && column <= 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}

const serverUrl = sqliteOnly ? null : await postgresServer();
if (!importsOnly) await onDatabase("sqlite", null);
if (serverUrl && !importsOnly) await onDatabase("postgres", serverUrl);
else if (!serverUrl) notes.push("postgres: not measured (set BENCH_DATABASE_URL or start a server on 127.0.0.1:5432)");

const only = pagesOnly || besideReportsOnly || importsOnly;
if (!only) for (const result of await registrySearchBenchmarks(null)) rows.push({ dialect: "sqlite", target: "≤ 1.3x", ...result });
if (serverUrl && !only) {
  const search = await freshDatabase(serverUrl, "search");
  try {
    for (const result of await registrySearchBenchmarks(search.url)) rows.push({ dialect: "postgres", target: "≤ 1.3x", ...result });
  } finally {
    await search.drop();
  }
}

if (!pagesOnly && !besideReportsOnly) {
  const dialects = [["sqlite", null]];
  const imports = serverUrl ? await freshDatabase(serverUrl, "imports") : null;
  if (imports) dialects.push(["postgres", imports.url]);
  try {
    for (const [dialect, url] of dialects) {
      const { rows: measured, notes: said } = await importLoadBenchmarks(url);
      for (const row of measured) rows.push({ dialect, target: "≤ 10x", ...row });
      for (const note of said) notes.push(`${dialect}: ${note}`);
    }
  } finally {
    await imports?.drop();
  }
}

console.log(table());
console.log(
  "\nReference: the hand-written query for reports; the page with 50 partnerships for the partnership page and the single-row pages; the registry of 400 for the registry pages.",
);
for (const note of notes) console.log(note);
