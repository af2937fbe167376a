// The largest file an import takes (100,000 involvement rows, some 13 MB of CSV), checked and then
// imported by one user while another reads the programs page over and over: that page's p99 and
// throughput during the import against the same page alone, in alternating turns, and the server's
// peak memory. Also a file past the row limit (a million one-cell rows in 2 MB), which must be refused
// quickly. The server is the built `convene serve`, in a process of its own, reached over HTTP.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { request } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { OPERATOR } from "../dist/server/actor.js";
import { openDatabase } from "../dist/server/db/database.js";
import { migrateToLatest } from "../dist/server/db/migrate.js";
import { createApiToken } from "../dist/server/modules/auth/service.js";
import { createUser } from "../dist/server/modules/users/service.js";
import { PROJECT_INDICATOR_KEYS as KEYS } from "../dist/domain/typology/indicators.js";

const HEADER = ["program", "partnership", "organization", "perspective", "round", "respondent", ...KEYS];
const LARGEST = 100_000;
/** Checks of the largest file, each beside the page alone (BENCH_IMPORT_ROUNDS, default 3). */
const ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 3);
const PAGE = "/api/v1/programs";

function largestFile() {
  const lines = [HEADER.join(",")];
  for (let index = 0; index < LARGEST; index += 1) {
    const answers = KEYS.map((_, column) => ((index + column) % 3 === 0 ? "no" : "yes"));
    lines.push(
      ["Load program", `Load partnership ${index % 1000}`, `Load member ${index}`, "partner", "baseline", "", ...answers].join(","),
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

function bombFile() {
  return Buffer.from(`${HEADER.join(",")}\n${"x\n".repeat(1_000_000)}`);
}

/** A data directory (or database) with an importing administrator and a reader, and their tokens. */
async function prepare(databaseUrl, dataDir) {
  const database = databaseUrl
    ? openDatabase({ dialect: "postgres", url: databaseUrl, poolSize: 2 })
    : openDatabase({ dialect: "sqlite", file: join(dataDir, "convene.sqlite") });
  await migrateToLatest(database.db);
  const tokenOf = async (email) => {
    const user = await createUser(
      database.db,
      { email, name: email, role: "admin", password: "benchmark password", locale: "en", programIds: [], partnershipIds: [] },
      OPERATOR,
    );
    return (await createApiToken(database.db, user.id, "bench")).token;
  };
  const tokens = { importer: await tokenOf("importer@example.org"), reader: await tokenOf("reader@example.org") };
  await database.close();
  return tokens;
}

function startServer(env) {
  const child = spawn(process.execPath, ["bin/convene.js", "serve"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", CONVENE_DEMO: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      output += chunk;
      const url = /Convene is running at (http:\/\/[\d.:]+)/.exec(output)?.[1];
      if (url) resolve({ url, child });
    });
    child.on("exit", (code, signal) => {
      const error = new Error(`convene serve exited with ${code ?? signal}\n${output}`);
      reject(error);
      console.error(error.message);
    });
  });
}

/** Peak and current resident memory of a process, in MB (Linux). */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peak: kb("VmHWM") / 1024, current: kb("VmRSS") / 1024 };
}

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

/** One request's milliseconds. A kept-alive connection the server closed meanwhile is tried again, and timed from the first try. */
async function get(server, token) {
  const started = performance.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      const res = await globalThis.fetch(`${server.url}${PAGE}`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET ${PAGE}: ${res.status}`);
      return performance.now() - started;
    } catch (error) {
      if (attempt === 3 || !["ECONNRESET", "UND_ERR_SOCKET"].includes(error?.cause?.code)) throw error;
    }
  }
}

/** The page requested one after another until `isDone()`; latencies and elapsed milliseconds. */
async function readWhile(server, token, isDone) {
  const latencies = [];
  const started = performance.now();
  while (!isDone()) latencies.push(await get(server, token));
  return { latencies, ms: performance.now() - started };
}

/** The file as a form upload, through node:http: fetch gives up on an answer that takes over 5 minutes, as a blocked server's can. */
function upload(server, token, query, name, data) {
  const boundary = `bench${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const body = Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/api/v1/imports/involvement${query}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": body.length,
      },
    });
    req.on("response", (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The page during an import, then alone for as long; both as p99 and throughput. */
async function turn(server, tokens, query, name, data) {
  let done = false;
  const importing = upload(server, tokens.importer, query, name, data).finally(() => (done = true));
  const during = await readWhile(server, tokens.reader, () => done);
  const result = await importing;
  const until = performance.now() + Math.max(result.ms, 1000);
  const alone = await readWhile(server, tokens.reader, () => performance.now() >= until);
  return { result, during, alone };
}

function summary(label, turns) {
  const during = turns.flatMap((entry) => entry.during.latencies);
  const alone = turns.flatMap((entry) => entry.alone.latencies);
  const rate = (key) =>
    turns.reduce((sum, entry) => sum + entry[key].latencies.length, 0) / turns.reduce((sum, entry) => sum + entry[key].ms, 0);
  return {
    label,
    importMs: turns.map((entry) => entry.result.ms),
    statuses: turns.map((entry) => entry.result.status),
    p99During: percentile(during, 0.99),
    p99Alone: percentile(alone, 0.99),
    maxDuring: Math.max(...during),
    answeredDuring: during.length,
    throughputShare: rate("during") / rate("alone"),
  };
}

/** Measurements on one database: SQLite in a data directory of its own, or PostgreSQL at `databaseUrl`. */
export async function importLoadMeasurements(databaseUrl = null) {
  const dataDir = mkdtempSync(join(tmpdir(), "convene-import-load-"));
  const tokens = await prepare(databaseUrl, dataDir);
  const server = await startServer({ CONVENE_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  try {
    for (let index = 0; index < 50; index += 1) await get(server, tokens.reader);
    const largest = largestFile();
    // Each turn is reported as it ends (on standard error), so that a server that dies midway leaves its figures behind.
    const measured = async (query, name, data) => {
      const result = await turn(server, tokens, query, name, data);
      console.error(JSON.stringify({ name, query, ...summary(name, [result]), memory: memoryOf(server.child.pid) }));
      return result;
    };
    const checks = [];
    for (let round = 0; round < ROUNDS; round += 1) checks.push(await measured("?dryRun=true", "largest.csv", largest));
    const imported = [await measured("", "largest.csv", largest)];
    const bomb = [await measured("?dryRun=true", "million.csv", bombFile())];
    return {
      results: [
        summary(
          `check of the largest allowed file (${LARGEST.toLocaleString("en")} rows, ${(largest.length / 1e6).toFixed(1)} MB)`,
          checks,
        ),
        summary("import of the largest allowed file", imported),
        summary("check of 1,000,000 one-cell rows (2 MB)", bomb),
      ],
      memory: memoryOf(server.child.pid),
    };
  } finally {
    server.child.kill("SIGTERM");
    await new Promise((resolve) => server.child.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Rows for the benchmark table: p99 of the page during the import against alone, and a note per measurement. */
export async function importLoadBenchmarks(databaseUrl = null) {
  const { results, memory } = await importLoadMeasurements(databaseUrl);
  const rows = results.map((result) => ({
    label: `GET ${PAGE} p99 during the ${result.label}`,
    service: result.p99During,
    reference: result.p99Alone,
    ratio: result.p99During / result.p99Alone,
  }));
  const notes = results.map(
    (result) =>
      `${result.label}: answered ${result.statuses.join(", ")} in ${result.importMs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", ")}; ` +
      `the page answered ${result.answeredDuring} times meanwhile (slowest ${result.maxDuring.toFixed(0)} ms), ` +
      `at ${(result.throughputShare * 100).toFixed(0)} % of its throughput alone`,
  );
  notes.push(`server peak memory (VmHWM) over all of these: ${memory.peak.toFixed(0)} MB`);
  return { rows, notes };
}

// `node bench/import-load.js [database URL]` runs this benchmark alone, on SQLite or on the PostgreSQL database given.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, notes } = await importLoadBenchmarks(process.argv[2] ?? null);
  for (const row of rows)
    console.log(`${row.label}: ${row.service.toFixed(1)} ms against ${row.reference.toFixed(1)} ms alone (${row.ratio.toFixed(1)}x)`);
  for (const note of notes) console.log(note);
}
