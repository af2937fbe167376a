// Other users' pages while two users run the typology report over and over on the national portfolio,
// against the same pages with no report running, in alternating windows. A report must not take the
// server away from everyone else: the pages should keep at least 80 % of their throughput and their p99.
import { OPERATOR } from "../dist/server/actor.js";
import { buildApp } from "../dist/server/app.js";
import { loadConfig } from "../dist/server/env.js";
import { createApiToken } from "../dist/server/modules/auth/service.js";
import { typologyReport } from "../dist/server/modules/reports/service.js";
import { performance } from "node:perf_hooks";
import { interleaved, median } from "./timing.js";

const WINDOW_MS = 3000;
const ROUNDS = 6;
const PAGE_USERS = 4;
const REPORT_USERS = 2;
const SAMPLE = 20;
const DIMENSIONS = ["program", "region", "sector", "partnership"];

async function tokenOf(db, email) {
  const user = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  return (await createApiToken(db, user.id, "bench")).token;
}

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

async function expectOk(response) {
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body.slice(0, 300)}`);
}

/** Runs `step` in a loop until `stop()` says so; resolves when the step under way has finished. */
async function loop(step, stop) {
  while (!stop()) await step();
}

/** One window: PAGE_USERS users loading partnership pages for WINDOW_MS, with or without REPORT_USERS reporting meanwhile. */
async function window(app, { pageHeaders, reportHeaders, ids }, withReports, turn) {
  let reportsDone = false;
  let reportCount = 0;
  const reporters = withReports
    ? Array.from({ length: REPORT_USERS }, (_, user) => {
        let n = user;
        return loop(
          async () => {
            const by = DIMENSIONS[n % DIMENSIONS.length];
            n += 1;
            await expectOk(
              await app.inject({ method: "GET", url: `/api/v1/reports/typology?by=${by}&perspective=lead`, headers: reportHeaders }),
            );
            reportCount += 1;
          },
          () => reportsDone,
        );
      })
    : [];
  const latencies = [];
  const ends = performance.now() + WINDOW_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PAGE_USERS }, (_, user) => {
      let n = turn * PAGE_USERS + user;
      return loop(
        async () => {
          const id = ids[n % ids.length];
          n += 1;
          const begin = performance.now();
          const [partnership, members] = await Promise.all([
            app.inject({ method: "GET", url: `/api/v1/partnerships/${id}`, headers: pageHeaders }),
            app.inject({ method: "GET", url: `/api/v1/partnerships/${id}/members?pageSize=25`, headers: pageHeaders }),
          ]);
          await expectOk(partnership);
          await expectOk(members);
          latencies.push(performance.now() - begin);
        },
        () => performance.now() >= ends,
      );
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  reportsDone = true;
  await Promise.all(reporters);
  return { throughput: latencies.length / seconds, latencies, reportCount };
}

/** Throughput and p99 of the pages with two reports running, against the pages alone: two rows of the benchmark table. */
export async function concurrentReportBenchmarks(target) {
  const config = loadConfig({ LOG_LEVEL: "silent", CONVENE_DEMO: "0", ...(target.url ? { DATABASE_URL: target.url } : {}) });
  const app = await buildApp(config, target.database);
  try {
    const db = target.database.db;
    const pageHeaders = { authorization: `Bearer ${await tokenOf(db, "officer@convene.example")}` };
    const reportHeaders = { authorization: `Bearer ${await tokenOf(db, "admin@convene.example")}` };
    const officer = await db.selectFrom("users").select("id").where("email", "=", "officer@convene.example").executeTakeFirstOrThrow();
    const visible = await db
      .selectFrom("partnerships")
      .select("partnerships.id")
      .where("partnerships.program_id", "in", db.selectFrom("user_programs").select("program_id").where("user_id", "=", officer.id))
      .orderBy("partnerships.id")
      .execute();
    const ids = Array.from({ length: Math.min(SAMPLE, visible.length) }, (_, i) => visible[Math.floor((i * visible.length) / SAMPLE)].id);
    const setting = { pageHeaders, reportHeaders, ids };
    // Warm up both paths (and whatever the reports start on first use).
    await window(app, setting, true, 0);
    const alone = { throughput: [], latencies: [] };
    const beside = { throughput: [], latencies: [], reports: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? [false, true] : [true, false];
      for (const withReports of order) {
        const result = await window(app, setting, withReports, round);
        const into = withReports ? beside : alone;
        into.throughput.push(result.throughput);
        into.latencies.push(...result.latencies);
        if (withReports) beside.reports += result.reportCount;
      }
    }
    const throughputAlone = median(alone.throughput);
    const throughputBeside = median(beside.throughput);
    const p99Alone = percentile(alone.latencies, 0.99);
    const p99Beside = percentile(beside.latencies, 0.99);
    const reportsPerSecond = beside.reports / ((ROUNDS * WINDOW_MS) / 1000);
    const rows = [];
    const { db: main, readDb } = target.database;
    if (target.database.readWorkers) {
      // The report itself, alone, on a worker against on the main connection: moving it must not make it slower.
      const allDimensions = (db) => async () => {
        for (const by of DIMENSIONS) await typologyReport(db, OPERATOR, { by, perspective: "lead", round: "baseline" });
      };
      const { a, b } = await interleaved(allDimensions(readDb), allDimensions(main), { repetitions: 5, warmup: 1 });
      rows.push({
        label: "typology report, each dimension once, on a read worker against the main connection",
        service: a,
        reference: b,
        ratio: a / b,
        target: "≤ 1.2x",
      });
    }
    return [
      ...rows,
      {
        label: `partnership pages per second while ${REPORT_USERS} users run typology reports (${reportsPerSecond.toFixed(1)} reports/s), against none`,
        service: throughputBeside,
        reference: throughputAlone,
        ratio: throughputBeside / throughputAlone,
        target: "≥ 0.8x",
      },
      {
        label: `partnership page p99 ms while ${REPORT_USERS} users run typology reports, against none`,
        service: p99Beside,
        reference: p99Alone,
        ratio: p99Beside / p99Alone,
        target: "≤ 1.25x",
      },
    ];
  } finally {
    await app.close();
  }
}
